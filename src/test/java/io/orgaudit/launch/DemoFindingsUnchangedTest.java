package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo's verdicts, reasons, evidence, error details and remediation, sheet by sheet, exactly as the fixtures in
 * src/test/resources/demo-findings say: a change that means to keep behaviour (a refactoring) must leave every cell
 * of them as it was. The fixtures were written by this test with -Ddemo.findings.write=true on the code before
 * the change; rewrite them only for a change that means to alter what the demo says, and review their diff.
 * The demo is scanned into an H2 file under both profiles, and once into PostgreSQL given as a user gives it
 * (SPRING_DATASOURCE_* variables): the store must not change a word of what the workbook says.
 */
class DemoFindingsUnchangedTest {

    private static final List<String> SHEETS = List.of("Matrix", "Findings", "Errors", "Remediation");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"gsl, H2", "cis, H2", "gsl, PostgreSQL"})
    void theDemosFindingsAreTheFixtures(String profile, String database) throws IOException {
        InProcessRun.Outcome outcome = InProcessRun.run(TestDatabase.of(database, dir).environment(),
                List.of("--orgaudit.profile=" + profile, "--orgaudit.output.directory=" + dir.resolve("reports")));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(3);
        assertThat(outcome.log()).anyMatch(line -> line.contains("Run 1 COMPLETED"));
        Path workbook;
        try (var files = Files.list(dir.resolve("reports"))) {
            workbook = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        Path csv = Path.of(workbook.toString().replace(".xlsx", ".csv"));
        List<String> actual = new ArrayList<>();
        Map<String, List<Map<String, String>>> sheets = WorkbookReader.read(workbook);
        for (String sheet : SHEETS) {
            actual.add("## " + sheet);
            for (Map<String, String> row : sheets.get(sheet)) {
                actual.add(String.join("\t", row.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().replace("\n", "\\n")).toList()));
            }
        }
        actual.add("## csv");
        actual.addAll(Files.readAllLines(csv, StandardCharsets.UTF_8));
        Path fixture = Path.of("src/test/resources/demo-findings", profile + ".txt");
        if (Boolean.getBoolean("demo.findings.write")) {
            Files.write(fixture, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(fixture, StandardCharsets.UTF_8);
        Path written = Files.write(Path.of("target", "demo-findings-" + profile + ".txt"), actual, StandardCharsets.UTF_8);
        assertThat(firstDifference(expected, actual)).as("the demo's findings against " + fixture + " (written: "
                + written + ")").isEmpty();
    }

    /** The first line that differs, as "line N: expected ... but was ...", or "" when none does. */
    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int line = 0; line < Math.max(expected.size(), actual.size()); line++) {
            String want = line < expected.size() ? expected.get(line) : "(nothing)";
            String got = line < actual.size() ? actual.get(line) : "(nothing)";
            if (!want.equals(got)) {
                return "line " + (line + 1) + ": expected\n" + want + "\nbut was\n" + got;
            }
        }
        return "";
    }
}
