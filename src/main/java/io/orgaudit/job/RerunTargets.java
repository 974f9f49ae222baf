package io.orgaudit.job;

import java.util.List;
import java.util.Set;

import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;

/** Which run a rerun completes, and which of its accounts it rescans; checked before anything starts. */
final class RerunTargets {

    record Choice(long runId, List<String> accountIds) {}

    private RerunTargets() {
    }

    static Choice choose(ScanStore store, ScanSettings.Rerun rerun) {
        long runId = rerun.runId() != null ? rerun.runId() : store.latestRunId().orElseThrow(() ->
                new InvalidSettingsException(List.of("orgaudit.command=rerun-failed: there is no run to rerun in this "
                        + "database yet; run a scan first")));
        if (store.findRun(runId).isEmpty()) {
            throw new InvalidSettingsException(List.of("orgaudit.rerun.run-id: there is no run " + runId
                    + " in this database; the latest is " + store.latestRunId().map(String::valueOf).orElse("none")));
        }
        if (rerun.accounts().isEmpty()) {
            return new Choice(runId, store.rerunTargets(runId));
        }
        Set<String> scanned = Set.copyOf(store.accounts(runId).stream()
                .filter(a -> !ScanStore.SKIPPED.equals(a.scanState())).map(ScannedAccount::id).toList());
        List<String> unknown = rerun.accounts().stream().filter(id -> !scanned.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSettingsException(List.of("orgaudit.rerun.accounts: " + unknown + " were not scanned in run "
                    + runId + "; name accounts of that run, or leave the setting empty to rerun its ERROR accounts"));
        }
        return new Choice(runId, List.copyOf(rerun.accounts()));
    }
}
