package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * orgaudit is killed with SIGKILL at ten moments of a scan (while the organization is listed, through collection,
 * while the last accounts are judged and while the workbook is written), and each time the same command is run
 * again. Every resumed run must end as a run nobody interrupted: the same exit code, exactly one verdict per
 * account and rule, the same verdicts and reasons, and no workbook under a final name that is not whole.
 */
class KillAtManyMomentsTest {

    private static final int MEMBERS = 150;

    @TempDir
    static Path dir;

    private static KillAndResume scans;
    private static KillAndResume.Result reference;

    @BeforeAll
    static void aRunNobodyInterrupts() throws Exception {
        Path scenario = KillAndResume.writeScenario(dir.resolve("organization.yaml"), MEMBERS);
        scans = new KillAndResume(scenario, List.of("--orgaudit.simulator.latency=25ms", "--orgaudit.concurrency=6"));
        reference = scans.uninterrupted(dir.resolve("reference"));
        assertThat(reference.exit()).as(String.join("\n", reference.output())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(reference.verdicts()).hasSize(MEMBERS + 1);
    }

    @Test
    void everyResumedRunEndsAsIfNothingHadHappened() throws Exception {
        List<KillAndResume.Moment> moments = List.of(
                KillAndResume.Moment.atLine("listing starts", "Collecting evidence while the organization is listed",
                        Duration.ZERO),
                KillAndResume.Moment.atLine("listing", "Collecting evidence while the organization is listed",
                        Duration.ofMillis(150)),
                KillAndResume.Moment.atProgress(0.1, Duration.ZERO),
                KillAndResume.Moment.atProgress(0.3, Duration.ofMillis(37)),
                KillAndResume.Moment.atProgress(0.5, Duration.ZERO),
                KillAndResume.Moment.atProgress(0.7, Duration.ofMillis(71)),
                KillAndResume.Moment.atProgress(0.9, Duration.ZERO),
                KillAndResume.Moment.atProgress(1.0, Duration.ZERO), // the last accounts judged, the report next
                KillAndResume.Moment.atLine("workbook starts", "Writing the workbook", Duration.ZERO),
                KillAndResume.Moment.atLine("workbook written", "Writing the workbook", Duration.ofMillis(400)));
        List<String> kills = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            KillAndResume.Moment moment = moments.get(i);
            KillAndResume.Killed killed = scans.killThenResume(dir.resolve("kill-" + i), moment);
            KillAndResume.Result resumed = killed.resumed();
            String where = moment.name() + " (last line before the kill: " + killed.lastLine() + ")\n"
                    + String.join("\n", resumed.output());
            kills.add(moment.name() + (killed.killed() ? "" : " (ended before the kill)"));

            assertThat(resumed.exit()).as(where).isEqualTo(reference.exit());
            assertThat(resumed.runs()).as(where).isEqualTo(killed.killed() ? 1 : 2);
            assertThat(resumed.selected()).as(where).isEqualTo(reference.selected());
            // One verdict per account and rule (the table's key allows no second), each as the reference's.
            assertThat(resumed.verdicts()).as(where).isEqualTo(reference.verdicts());
            assertThat(resumed.leftovers()).as(where).isEmpty();
            assertThat(resumed.workbooks()).as(where).isNotEmpty()
                    .allMatch(workbook -> KillAndResume.whole(workbook, reference.verdicts().size()));
        }
        // The moments are chosen so that most kills interrupt a live run; on a slow machine a few may find it ended.
        assertThat(kills.stream().filter(k -> !k.endsWith("(ended before the kill)")).count()).as(kills.toString())
                .isGreaterThanOrEqualTo(6);
    }
}
