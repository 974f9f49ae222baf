package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orgaudit.framework.FrameworkCatalog;
import io.orgaudit.framework.FrameworkDefinition;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.ExpectedVerdict;
import io.orgaudit.simulator.scenario.SimAccount;

/**
 * The whole CIS monitoring family against the demo organization over HTTP, with the default selection (every rule):
 * each account's verdict for each of the 15 rules is the one its scenario entry documents, and each Matrix cell of
 * each framework reads the framework's rules the account passed, of those evaluated.
 */
@SpringBootTest(properties = {"orgaudit.run-on-startup=false", "orgaudit.concurrency=8"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFamilyTest {

    static final Path DIR = temporaryFolder();

    @Autowired
    ScanLauncher launcher;
    @Autowired
    SimulatedAws simulator;
    @Autowired
    RuleCatalog rules;
    @Autowired
    FrameworkCatalog frameworks;

    private ScanResult result;
    private Map<String, List<Map<String, String>>> workbook;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("db/orgaudit"));
        registry.add("orgaudit.output.directory", () -> DIR.resolve("reports").toString());
    }

    @BeforeAll
    void scanTheDemoWithEveryRule() throws Exception {
        result = launcher.run();
        workbook = WorkbookReader.read(result.workbook());
    }

    @Test
    void judgesEveryAccountByEveryRuleAsTheDemoDocumentsIt() {
        assertThat(result.rules()).isEqualTo(15);
        Map<String, String> findings = new HashMap<>();
        workbook.get("Findings").forEach(row -> findings.put(row.get("Account id") + " " + row.get("Rule"),
                row.get("Verdict")));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (SimAccount account : simulator.scenario().accounts()) {
            for (RuleDefinition rule : rules.all()) {
                ExpectedVerdict expected = account.expectedFor(rule.id()).orElseThrow();
                String actual = findings.get(account.id() + " " + rule.id());
                String wanted = expected.verdict() == ExpectedVerdict.Outcome.SKIPPED ? null : expected.verdict().name();
                if (!java.util.Objects.equals(wanted, actual)) {
                    wrong.add(account.name() + " " + rule.id() + ": expected " + wanted + " (" + expected.why()
                            + ") but was " + actual);
                }
                checked++;
            }
        }
        assertThat(wrong).as("of %d account x rule verdicts", checked).isEmpty();
        assertThat(checked).isEqualTo(simulator.scenario().accounts().size() * 15);
    }

    @Test
    void showsPerFrameworkTheRulesPassedOfThoseEvaluated() {
        Map<String, Map<String, String>> matrix = new HashMap<>();
        workbook.get("Matrix").forEach(row -> matrix.put(row.get("Account id"), row));
        List<FrameworkDefinition> columns = frameworks.covering(rules.all().stream().map(RuleDefinition::id).toList());
        assertThat(workbook.get("Matrix").get(0).keySet()).containsSubsequence(
                columns.stream().map(FrameworkDefinition::name).toList());
        for (SimAccount account : simulator.scenario().accounts()) {
            Map<String, String> row = matrix.get(account.id());
            assertThat(row).as(account.name()).isNotNull();
            for (FrameworkDefinition framework : columns) {
                assertThat(row.get(framework.name())).as("%s in %s", account.name(), framework.name())
                        .isEqualTo(expectedCell(account, framework));
            }
        }
        // read as an auditor would: the organization trail's accounts pass the whole CIS v1.4.0, the gaps show
        assertThat(cell(matrix, "prod-payments", "AWS CIS Foundations v. 1.4.0")).isEqualTo("PASS 15/15");
        assertThat(cell(matrix, "prod-payments", "AWS CIS Foundations v. 1.2.0")).isEqualTo("PASS 14/14");
        assertThat(cell(matrix, "sandbox-family-gaps", "AWS CIS Foundations v. 1.4.0")).isEqualTo("FAIL 12/15");
        assertThat(cell(matrix, "sandbox-family-gaps", "AWS HIPAA")).isEqualTo("PASS");
    }

    @Test
    void summarisesEveryRuleWithItsCounts() throws IOException {
        List<List<String>> ruleRows = WorkbookReader.cells(result.workbook(), "Summary").stream()
                .filter(row -> !row.isEmpty() && rules.ids().contains(row.get(0))).toList();
        assertThat(ruleRows).extracting(row -> row.get(0))
                .containsExactlyElementsOf(rules.all().stream().map(RuleDefinition::id).toList());
        Map<String, Long> passes = new HashMap<>();
        workbook.get("Findings").stream().filter(row -> "PASS".equals(row.get("Verdict")))
                .forEach(row -> passes.merge(row.get("Rule"), 1L, Long::sum));
        assertThat(ruleRows).allSatisfy(row -> assertThat(Long.parseLong(row.get(2)))
                .as(row.get(0)).isEqualTo(passes.getOrDefault(row.get(0), 0L)));
    }

    /** What the scenario's expectations make of a framework cell: as the product computes it, from the other side. */
    private static String expectedCell(SimAccount account, FrameworkDefinition framework) {
        List<ExpectedVerdict.Outcome> outcomes = framework.controls().stream().flatMap(c -> c.rules().stream())
                .distinct().map(rule -> account.expectedFor(rule).orElseThrow().verdict()).toList();
        if (outcomes.contains(ExpectedVerdict.Outcome.SKIPPED)) {
            return "SKIPPED (" + account.status() + ")";
        }
        long passed = outcomes.stream().filter(ExpectedVerdict.Outcome.PASS::equals).count();
        String verdict = outcomes.contains(ExpectedVerdict.Outcome.FAIL) ? "FAIL"
                : outcomes.contains(ExpectedVerdict.Outcome.ERROR) ? "ERROR" : "PASS";
        return outcomes.size() == 1 ? verdict : verdict + " " + passed + "/" + outcomes.size();
    }

    private String cell(Map<String, Map<String, String>> matrix, String accountName, String framework) {
        SimAccount account = simulator.scenario().accounts().stream().filter(a -> a.name().equals(accountName))
                .findFirst().orElseThrow();
        return matrix.get(account.id()).get(framework);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("orgaudit-demo-family-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
