package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.simulator.scenario.Scenario;

/**
 * Two runs with the organization changed in between: the second workbook's Summary lists exactly those changes,
 * and each run leaves CSV and JSON Lines findings beside its workbook.
 */
class RunToRunChangesTest extends DemoScanTest {

    @Test
    void theSecondWorkbookListsExactlyTheChangesMadeBetweenRuns() throws Exception {
        launcher.run();
        Scenario demo = simulator.scenario();
        String reference = io.orgaudit.rule.RuleCatalog.fromClasspath().find("D9.AWS.MON.01").orElseThrow()
                .parameter("referencePattern");
        simulator.replaceScenario(demo.toBuilder()
                .account("222222222202", a -> a.clearResources())                              // log-archive
                .account("444444444401", a -> a                                                 // sandbox-no-trail
                        .trail("fixed", "us-east-1", t -> t.multiRegion(true).logGroup("ct"))
                        .logGroup("ct", "us-east-1", g -> g.metricFilter("u", reference, "U", "CIS"))
                        .alarm("a", "us-east-1", al -> al.metric("U", "CIS").action("t"))
                        .topic("t", "us-east-1", t -> t.confirmed("email", "sec@example.com")))
                .account("555555555555", a -> a.name("new-sandbox").email("new@example.com").ou("Sandbox"))
                .removeAccount("444444444407")                                                   // sandbox-alarm-no-sns
                .build());

        ScanResult second = launcher.run();

        List<List<String>> summary = WorkbookReader.cells(second.workbook(), "Summary");
        List<String> labels = List.of("PASS → FAIL", "FAIL → PASS", "New error", "Error cleared", "New account",
                "Account gone");
        List<String> lines = summary.stream().filter(row -> row.size() >= 2 && labels.contains(row.get(0)))
                .map(row -> row.get(0) + " " + row.get(1)).toList();
        assertThat(lines.stream().filter(line -> !line.matches(".* \\d{12}"))).containsExactly(
                "PASS → FAIL 1", "FAIL → PASS 1", "New error 0", "Error cleared 0", "New account 1", "Account gone 1");
        assertThat(lines.stream().filter(line -> line.matches(".* \\d{12}"))).containsExactlyInAnyOrder(
                "PASS → FAIL 222222222202", "FAIL → PASS 444444444401", "New account 555555555555",
                "Account gone 444444444407");
    }

    @Test
    void findingsAreAlsoWrittenAsCsvAndJsonLinesWithOneRowPerFinding() throws Exception {
        ScanResult result = launcher.run();
        String base = result.workbook().getFileName().toString().replace(".xlsx", "");
        Path csv = result.workbook().resolveSibling(base + ".csv");
        Path jsonl = result.workbook().resolveSibling(base + ".jsonl");
        int accounts = (int) result.verdicts().values().stream().mapToLong(Long::longValue).sum();

        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(accounts);
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode finding = json.readTree(line);
            assertThat(finding.get("accountId").asString()).matches("\\d{12}");
            assertThat(finding.get("verdict").asString()).isIn("PASS", "FAIL", "ERROR");
        }
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(Files.newBufferedReader(csv))) {
            assertThat(parser.getRecords()).hasSize(accounts);
        }
    }
}
