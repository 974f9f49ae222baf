package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.server.CallLog;

/**
 * The owner columns end to end: the real job against the demo organization over HTTP with
 * orgaudit.owners.tag-keys=owner,team reads each account's Organizations tags once and shows them after the OU path
 * in the Matrix, the Findings and the CSV, as text, inside the filters; a denied read loses nothing but the tags.
 */
@SpringBootTest(properties = {"orgaudit.run-on-startup=false", "orgaudit.concurrency=8", "orgaudit.rules=D9.AWS.MON.01",
        "orgaudit.owners.tag-keys=owner,team", "orgaudit.owners.calls-per-second=50"})
@ExtendWith(OutputCaptureExtension.class)
class OwnerColumnsTest {

    private static final Path DIR = temporaryFolder();
    private static final String MANAGEMENT = "111111111111";
    private static final int SCANNED = 32; // the demo's ACTIVE accounts
    private static final String FORMULA_LIKE = "=HYPERLINK(\"http://x\",\"y\")";

    @Autowired
    ScanLauncher launcher;
    @Autowired
    SimulatedAws simulator;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("db/orgaudit"));
        registry.add("orgaudit.output.directory", () -> DIR.resolve("reports").toString());
    }

    @BeforeEach
    void countFromZero() {
        simulator.calls().reset();
    }

    @AfterEach
    void restoreTheDemo() {
        simulator.faults().clear();
        simulator.replaceScenario(Scenario.demo());
    }

    @Test
    void showsTheConfiguredTagsAfterTheOuPathInTheMatrixAndTheFindingsReadOncePerAccount() throws Exception {
        ScanResult result = launcher.run();

        assertThat(result.exitCode()).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR); // the demo's missing role
        List<CallLog.Call> tagCalls = simulator.calls().all().stream()
                .filter(call -> call.operation().equals("ListTagsForResource")).toList();
        assertThat(tagCalls).hasSize(SCANNED);
        assertThat(tagCalls).extracting(CallLog.Call::subject).doesNotHaveDuplicates();
        assertThat(tagCalls).extracting(CallLog.Call::accountId).containsOnly(MANAGEMENT);

        Map<String, List<Map<String, String>>> workbook = WorkbookReader.read(result.workbook());
        List<Map<String, String>> matrix = workbook.get("Matrix");
        assertThat(new ArrayList<>(matrix.get(0).keySet()).subList(0, 6))
                .containsExactly("Account id", "Account name", "OU path", "owner", "team", "E-mail");
        Map<String, Map<String, String>> byName = byName(matrix);
        assertThat(byName.get("management")).containsEntry("owner", "maria.silva").containsEntry("team", "cloud-platform");
        assertThat(byName.get("sandbox-no-alarm")).containsEntry("owner", "jo.lee").containsEntry("team", "");
        assertThat(byName.get("dev-ci")).containsEntry("owner", "").containsEntry("team", "developer-tools");
        assertThat(byName.get("dev-legacy-billing")).containsEntry("owner", "").containsEntry("team", "");
        assertThat(byName.get("sandbox-cis12")).containsEntry("team", FORMULA_LIKE);

        List<Map<String, String>> findings = workbook.get("Findings");
        assertThat(new ArrayList<>(findings.get(0).keySet()).subList(0, 6))
                .containsExactly("Account id", "Account name", "OU path", "owner", "team", "Rule");
        Map<String, Map<String, String>> findingByName = byName(findings);
        assertThat(findingByName.get("prod-payments")).containsEntry("owner", "ana.costa").containsEntry("team", "payments");
        assertThat(findingByName.get("sandbox-no-alarm")).containsEntry("team", "");
        assertThat(findingByName.get("sandbox-cis12")).containsEntry("team", FORMULA_LIKE);

        try (InputStream in = Files.newInputStream(result.workbook()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (String sheetName : List.of("Matrix", "Findings")) {
                XSSFSheet sheet = book.getSheet(sheetName);
                int team = columnOf(sheet, "team");
                CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
                assertThat(filter.getFirstColumn()).as(sheetName).isZero();
                assertThat(filter.getLastColumn()).as(sheetName).isEqualTo(sheet.getRow(0).getLastCellNum() - 1);
                assertThat(filter.getLastRow()).as(sheetName).isEqualTo(sheet.getLastRowNum());
                Cell formulaLike = cellOf(sheet, "sandbox-cis12", team);
                assertThat(formulaLike.getCellType()).as(sheetName).isEqualTo(CellType.STRING);
                assertThat(formulaLike.getStringCellValue()).isEqualTo(FORMULA_LIKE);
                assertThat(formulaLike.getCellStyle().getQuotePrefixed()).as(sheetName).isTrue();
            }
        }
        Path csv = Path.of(result.workbook().toString().replace(".xlsx", ".csv"));
        assertThat(Files.readAllLines(csv).get(0)).startsWith("Account id,Account name,OU path,owner,team,Rule,");
    }

    @Test
    void aDeniedTagReadWarnsOnceNamingThePermissionAndTheWorkbookIsCompleteWithoutTheTags(CapturedOutput output)
            throws Exception {
        simulator.faults().denyOperation(MANAGEMENT, "ListTagsForResource");

        ScanResult result = launcher.run();

        assertThat(result.batchStatus()).isEqualTo("COMPLETED");
        assertThat(result.exitCode()).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR); // as without tags: the missing role
        List<String> warnings = output.getOut().lines().filter(line -> line.contains("owner tags")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("32 of 32 accounts could not be read",
                "organizations:ListTagsForResource", "k8s/iam/hub-policy.json").doesNotContain("Exception:");

        Map<String, List<Map<String, String>>> workbook = WorkbookReader.read(result.workbook());
        assertThat(workbook.get("Findings")).hasSize(SCANNED);
        Map<String, String> management = byName(workbook.get("Matrix")).get("management");
        assertThat(management).containsEntry("owner", "(could not be read)").containsEntry("team", "(could not be read)")
                .containsEntry("D9.AWS.MON.01", "PASS");
        assertThat(byName(workbook.get("Findings")).get("management")).containsEntry("owner", "(could not be read)")
                .containsEntry("Verdict", "PASS");
    }

    @Test
    void aRerunOfTheFailedAccountsShowsTheTagsItsRunReadWithoutReadingThemAgain() throws Exception {
        ScanResult first = launcher.run();
        simulator.calls().reset();

        ScanResult rerun = launcher.rerunFailed(new ScanSettings.Rerun(first.runId(), List.of()));

        assertThat(rerun.runId()).isEqualTo(first.runId());
        assertThat(simulator.calls().count("AssumeRole")).isPositive(); // the failed account was scanned again
        assertThat(simulator.calls().count("ListTagsForResource")).isZero();
        Map<String, Map<String, String>> matrix = byName(WorkbookReader.read(rerun.workbook()).get("Matrix"));
        assertThat(matrix.get("management")).containsEntry("owner", "maria.silva");
        assertThat(matrix.get("dev-legacy-billing")).containsEntry("owner", "").containsEntry("team", "");
    }

    private static Map<String, Map<String, String>> byName(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.get("Account name"), Function.identity(),
                (first, second) -> first));
    }

    private static int columnOf(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    private static Cell cellOf(XSSFSheet sheet, String accountName, int column) {
        int name = columnOf(sheet, "Account name");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(name).getStringCellValue().equals(accountName)) {
                return sheet.getRow(r).getCell(column);
            }
        }
        throw new AssertionError("no row of " + accountName + " in " + sheet.getSheetName());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("orgaudit-owner-columns-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
