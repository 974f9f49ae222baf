package io.orgaudit.launch;

import java.util.List;
import java.util.Set;

import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.ScanStore;
import io.orgaudit.store.ScannedAccount;

/** Which run a rerun completes, and which of its accounts it rescans; checked before anything starts. */
final class RerunTargets {

    record Choice(long runId, List<String> accountIds) {}

    private RerunTargets() {
    }

    static Choice choose(RunStore runs, AccountStore accounts, ScanSettings.Rerun rerun) {
        long runId = rerun.runId() != null ? rerun.runId() : runs.latestRunId().orElseThrow(() ->
                new InvalidSettingsException(List.of("orgaudit.command=rerun-failed: there is no run to rerun in this "
                        + "database yet; run a scan first")));
        if (runs.findRun(runId).isEmpty()) {
            throw new InvalidSettingsException(List.of("orgaudit.rerun.run-id: there is no run " + runId
                    + " in this database; the latest is " + runs.latestRunId().map(String::valueOf).orElse("none")));
        }
        if (rerun.accounts().isEmpty()) {
            return new Choice(runId, accounts.rerunTargets(runId));
        }
        Set<String> scanned = Set.copyOf(accounts.accounts(runId).stream()
                .filter(a -> !ScanStore.SKIPPED.equals(a.scanState())).map(ScannedAccount::id).toList());
        List<String> unknown = rerun.accounts().stream().filter(id -> !scanned.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSettingsException(List.of("orgaudit.rerun.accounts: " + unknown + " were not scanned in run "
                    + runId + "; name accounts of that run, or leave the setting empty to rerun its ERROR accounts"));
        }
        return new Choice(runId, List.copyOf(rerun.accounts()));
    }
}
