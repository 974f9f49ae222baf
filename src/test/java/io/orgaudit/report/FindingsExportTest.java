package io.orgaudit.report;

import static io.orgaudit.report.ReportFixtures.HOSTILE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.rule.Verdict.Status;

class FindingsExportTest {

    private final Path directory;
    private final WorkbookContent content = ReportFixtures.content(40);
    private final Path workbook;

    FindingsExportTest(@TempDir Path directory) {
        this.directory = directory;
        this.workbook = new WorkbookWriter().write(content, directory);
    }

    @Test
    void writesCsvAndJsonLinesBesideTheWorkbookUnderItsBaseName() {
        ExportedFindings exported = new FindingsExport().write(content, workbook);

        assertThat(exported.csv().getFileName()).hasToString("orgaudit-o-demo1234567-2026-11-28-run42.csv");
        assertThat(exported.jsonLines().getFileName()).hasToString("orgaudit-o-demo1234567-2026-11-28-run42.jsonl");
        assertThat(exported.csv().getParent()).isEqualTo(workbook.getParent());
    }

    @Test
    void csvHasTheFindingsHeadersAndOneRecordPerFinding() throws IOException {
        List<List<String>> records = parseCsv(Files.readString(new FindingsExport().write(content, workbook).csv()));

        assertThat(records).hasSize(41);
        assertThat(records.get(0)).isEqualTo(FindingColumns.headers());
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(FindingColumns.values().length));
        assertThat(records.get(2).subList(0, 5))
                .containsExactly("100000000001", "workload-1", "Root/Workloads/Dev", ReportFixtures.RULE_ID, "PASS");
        assertThat(records.get(2).get(FindingColumns.BROKEN_LINK.ordinal())).isEmpty();
        assertThat(records.get(2).get(FindingColumns.FILTER_PATTERN.ordinal())).isEqualTo(ReportFixtures.REQUIRED_PATTERN);
        assertThat(records.get(2).get(FindingColumns.ENDPOINTS.ordinal()))
                .isEqualTo("***@example.com, https://hooks.example.com/***");
        assertThat(records.get(31).subList(4, 8)).containsExactly("FAIL", "FAIL", ReportFixtures.reason(Status.FAIL),
                "no equivalent metric filter");
    }

    @Test
    void csvDefusesTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        List<List<String>> records = parseCsv(Files.readString(new FindingsExport().write(content, workbook).csv()));

        assertThat(records.get(1).get(1)).isEqualTo("'" + HOSTILE_NAME);
        assertThat(CsvText.field("+1")).isEqualTo("'+1");
        assertThat(CsvText.field("-x")).isEqualTo("'-x");
        assertThat(CsvText.field("@sum")).isEqualTo("'@sum");
        assertThat(CsvText.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvText.field("a\"b,c")).isEqualTo("\"a\"\"b,c\"");
        assertThat(CsvText.field("plain")).isEqualTo("plain");
    }

    @Test
    void jsonLinesHaveOneTypedObjectPerFinding() throws IOException {
        List<String> lines = Files.readAllLines(new FindingsExport().write(content, workbook).jsonLines(),
                StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();

        assertThat(lines).hasSize(40);
        JsonNode hostile = json.readTree(lines.get(0));
        assertThat(hostile.get("accountName").asString()).isEqualTo(HOSTILE_NAME);
        assertThat(hostile.get("runId").asLong()).isEqualTo(42);
        assertThat(hostile.get("organizationId").asString()).isEqualTo("o-demo1234567");
        assertThat(hostile.get("organizationTrail").isBoolean()).isTrue();
        assertThat(hostile.get("confirmedSubscribers").asInt()).isEqualTo(2);
        assertThat(hostile.get("endpoints").get(0).asString()).isEqualTo("***@example.com");
        JsonNode error = json.readTree(lines.get(39));
        assertThat(error.get("verdict").asString()).isEqualTo("ERROR");
        assertThat(error.get("trailArn").isNull()).isTrue();
        assertThat(error.get("reason").asString()).contains("sts:AssumeRole");
        assertThat(error.get("brokenLink").isNull()).isTrue();
        assertThat(json.readTree(lines.get(30)).get("brokenLink").asString()).isEqualTo("NO_FILTER");
    }

    @Test
    void neverOverwritesAnExistingExport() throws IOException {
        Path csv = directory.resolve("orgaudit-o-demo1234567-2026-11-28-run42.csv");
        Files.writeString(csv, "keep me");

        assertThatThrownBy(() -> new FindingsExport().write(content, workbook))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(csv.toString());
        assertThat(Files.readString(csv)).isEqualTo("keep me");
    }

    /** A strict RFC 4180 reader, so the test does not trust the writer's own helpers. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("text after the last CRLF").isEmpty();
        return records;
    }
}
