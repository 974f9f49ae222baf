package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.server.CallLog;

/**
 * Three accounts fail, the fault is removed, and the rerun command rescans just them: their verdicts change, the
 * others are untouched (not even called), and the run's workbook is written again.
 */
class FailedAccountsRerunTest extends DemoScanTest {

    static final List<String> BROKEN = List.of("333333333301", "333333333402", "444444444411");
    static final String STILL_BROKEN = "333333333408"; // dev-legacy-billing: its role is missing in the scenario

    @Test
    void rescansOnlyTheFailedAccountsOfTheRunAndRewritesItsWorkbook() throws Exception {
        BROKEN.forEach(simulator.faults()::denyAssumeRole);
        ScanResult first = launcher.scan();
        Map<String, Verdict> before = byAccount(verdictStore.verdicts(first.runId()));
        assertThat(BROKEN).allSatisfy(id -> assertThat(before.get(id).status()).isEqualTo(Verdict.Status.ERROR));
        assertThat(first.exitCode()).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);

        simulator.faults().clear();
        simulator.calls().reset();
        ScanResult rerun = launcher.rerunFailed(new ScanSettings.Rerun(null, List.of()));

        assertThat(rerun.runId()).isEqualTo(first.runId());
        Map<String, Verdict> after = byAccount(verdictStore.verdicts(first.runId()));
        assertThat(BROKEN).allSatisfy(id -> assertThat(after.get(id).status()).isEqualTo(Verdict.Status.PASS));
        assertThat(after.get(STILL_BROKEN).status()).isEqualTo(Verdict.Status.ERROR);
        before.keySet().stream().filter(id -> !BROKEN.contains(id)).forEach(id ->
                assertThat(after.get(id)).as(id).isEqualTo(before.get(id)));
        Set<String> called = simulator.calls().all().stream().filter(c -> c.operation().equals("DescribeTrails"))
                .map(CallLog.Call::accountId).collect(Collectors.toSet());
        assertThat(called).containsExactlyInAnyOrderElementsOf(BROKEN);

        assertThat(rerun.notes()).contains("  333333333301 D9.AWS.MON.01: ERROR -> PASS: " + after.get("333333333301").reason());
        assertThat(rerun.workbook()).isNotEqualTo(first.workbook()).exists();
        Map<String, Map<String, String>> findings = WorkbookReader.read(rerun.workbook()).get("Findings").stream()
                .collect(Collectors.toMap(r -> r.get("Account id"), Function.identity()));
        assertThat(BROKEN).allSatisfy(id -> assertThat(findings.get(id).get("Verdict")).isEqualTo("PASS"));
        assertThat(findings.get(STILL_BROKEN).get("Verdict")).isEqualTo("ERROR");
        assertThat(findings).hasSize(before.size());
    }

    @Test
    void rescansTheAccountsNamedAndRefusesAccountsOutsideTheRun() throws Exception {
        ScanResult first = launcher.scan();
        simulator.calls().reset();

        launcher.rerunFailed(new ScanSettings.Rerun(first.runId(), List.of("444444444401")));
        assertThat(simulator.calls().all().stream().filter(c -> c.operation().equals("DescribeTrails"))
                .map(CallLog.Call::accountId).distinct()).containsExactly("444444444401");

        assertThatThrownBy(() -> launcher.rerunFailed(new ScanSettings.Rerun(first.runId(), List.of("999999999999"))))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("orgaudit.rerun.accounts: [999999999999] were not scanned in run " + first.runId());
        assertThatThrownBy(() -> launcher.rerunFailed(new ScanSettings.Rerun(99999L, List.of())))
                .hasMessageContaining("orgaudit.rerun.run-id: there is no run 99999 in this database");
    }

    @Test
    void aSecondRunWhileOneHoldsTheDatabaseIsRefusedAndChangesNothing() throws Exception {
        ScanResult first = launcher.scan();
        RunLock other = new RunLock(new org.springframework.jdbc.core.JdbcTemplate(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(
                        "jdbc:h2:file:" + DIR.resolve("db/orgaudit"), "sa", "")));
        other.acquire();
        try {
            assertThatThrownBy(() -> launcher.scan()).isInstanceOf(RunLock.RunInProgressException.class)
                    .hasMessageStartingWith("another orgaudit run is using this database:");
            assertThat(StartupFailures.exitCode(catchRun())).isEqualTo(ScanResult.RUN_IN_PROGRESS);
        } finally {
            other.release();
        }
        assertThat(runStore.latestRunId()).contains(first.runId());
    }

    private Throwable catchRun() {
        try {
            launcher.scan();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static Map<String, Verdict> byAccount(List<Verdict> verdicts) {
        return verdicts.stream().collect(Collectors.toMap(Verdict::accountId, Function.identity()));
    }
}
