package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long version of {@link KillAtManyMomentsTest}: {@code kill.count} kills (100 by default) at random moments of
 * a scan of {@code kill.accounts} accounts (400), each followed by the same command run again, and the figures that
 * matter: kills that interrupted a run, accounts lost, verdicts doubled, verdicts wrong (different from the run
 * nobody interrupted), resumed runs that failed, partial workbooks. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=KillAndResumeBenchmark [-Dkill.count=100 -Dkill.accounts=400 -Dkill.seed=1]}.
 */
@Tag("benchmark")
class KillAndResumeBenchmark {

    @TempDir
    Path dir;

    @Test
    void killsAtRandomMoments() throws Exception {
        int count = Integer.getInteger("kill.count", 100);
        int members = Integer.getInteger("kill.accounts", 400);
        Random random = new Random(Long.getLong("kill.seed", 1L));
        KillAndResume scans = new KillAndResume(KillAndResume.writeScenario(dir.resolve("organization.yaml"), members),
                List.of("--orgaudit.simulator.latency=30ms", "--orgaudit.concurrency=32"));
        KillAndResume.Result reference = scans.uninterrupted(dir.resolve("reference"));
        System.out.printf("kill-and-resume: reference run of %d accounts: exit %d, %d verdicts%n", members,
                reference.exit(), reference.verdicts().size());

        int interrupted = 0;
        int lost = 0;
        int doubled = 0;
        int wrong = 0;
        int failedResumes = 0;
        int partialWorkbooks = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KillAndResume.Moment moment = randomMoment(random);
            KillAndResume.Killed killed = scans.killThenResume(dir.resolve("kill-" + i), moment);
            KillAndResume.Result resumed = killed.resumed();
            interrupted += killed.killed() ? 1 : 0;
            lost += resumed.lost();
            doubled += resumed.doubled();
            long different = reference.verdicts().entrySet().stream()
                    .filter(e -> !e.getValue().equals(resumed.verdicts().get(e.getKey()))).count();
            wrong += (int) different;
            boolean failed = resumed.exit() != reference.exit();
            failedResumes += failed ? 1 : 0;
            long partial = resumed.workbooks().stream()
                    .filter(w -> !KillAndResume.whole(w, reference.verdicts().size())).count()
                    + resumed.leftovers().size();
            partialWorkbooks += (int) partial;
            if (failed || different > 0 || resumed.lost() > 0 || resumed.doubled() > 0 || partial > 0) {
                problems.add("kill " + i + " at " + moment.name() + " (last line: " + killed.lastLine() + "): exit "
                        + resumed.exit() + ", " + different + " wrong, " + resumed.lost() + " lost\n"
                        + String.join("\n", resumed.output().subList(Math.max(0, resumed.output().size() - 15),
                        resumed.output().size())));
            }
            System.out.printf("kill %d at %s: %s; resumed run exit %d%n", i, moment.name(),
                    killed.killed() ? "killed" : "had ended", resumed.exit());
        }
        System.out.printf("kill-and-resume: %d kills (%d interrupted a live run), %d accounts lost, %d verdicts doubled,"
                        + " %d verdicts wrong, %d failed resumes, %d partial workbooks%n", count, interrupted, lost,
                doubled, wrong, failedResumes, partialWorkbooks);
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    /** Anywhere from the listing to the workbook, by a log line and a random delay after it. */
    private static KillAndResume.Moment randomMoment(Random random) {
        Duration after = Duration.ofMillis(random.nextInt(400));
        return switch (random.nextInt(4)) {
            case 0 -> KillAndResume.Moment.atLine("listing +" + after.toMillis() + " ms",
                    "Collecting evidence while the organization is listed", after);
            case 1, 2 -> KillAndResume.Moment.atProgress(random.nextDouble(), after);
            default -> KillAndResume.Moment.atLine("workbook +" + after.toMillis() + " ms", "Writing the workbook",
                    after);
        };
    }
}
