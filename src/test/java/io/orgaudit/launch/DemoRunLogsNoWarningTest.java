package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normal start says nothing an operator should look into: a warning in every run's log (Spring Batch's about a
 * step-scoped bean declared as an interface, once) teaches people to skip the warnings that matter.
 */
class DemoRunLogsNoWarningTest {

    @TempDir
    Path dir;

    @Test
    void theDemoRunLogsNoWarning() {
        InProcessRun.Outcome outcome = InProcessRun.run(Map.of(), List.of(
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit")));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(3); // the demo has ERROR accounts
        assertThat(outcome.log()).as("the demo's log").noneMatch(line -> line.contains(" WARN "));
        assertThat(outcome.problemLines()).isEmpty();
    }
}
