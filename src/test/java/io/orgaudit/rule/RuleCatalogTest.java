package io.orgaudit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The catalogue: the rule's texts are the seed's, every framework is there, every rule can be evaluated. */
class RuleCatalogTest {

    private static final RuleCatalog CATALOG = RuleCatalog.fromClasspath();
    private static final RuleDefinition RULE = CATALOG.find("D9.AWS.MON.01").orElseThrow();

    private static String seed() throws IOException {
        // The repository keeps a copy of the seed; when the shared original is beside the clone, they must agree.
        try (InputStream in = RuleCatalogTest.class.getResourceAsStream("/seed/D9.AWS.MON.01.txt")) {
            String copy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path shared = Path.of("..", "shared", "seed", "D9.AWS.MON.01.txt");
            if (Files.exists(shared)) {
                assertThat(copy).isEqualTo(Files.readString(shared));
            }
            return copy;
        }
    }

    @Test
    void carriesTheSeedTextsVerbatim() throws IOException {
        String seed = seed();
        assertThat(seed).startsWith(RULE.name() + "\n\n" + RULE.description() + "\n");
        assertThat(seed).contains("Risk Level: " + RULE.riskLevel(), "Cloud Entity: " + RULE.cloudEntity(),
                "CloudGuard Rule ID: " + RULE.id(), "Category: " + RULE.category(),
                "GSL LOGIC\n\n" + RULE.gslLogic() + "\n", "REMEDIATION\n\n" + RULE.remediation() + "\n\nReferences");
        assertThat(RULE.gslLogic()).contains("isFilterPatternEqual('" + RULE.parameter("referencePattern") + "')");
    }

    @Test
    void givesTheSeedsCisControlIdPerBenchmarkVersion() {
        assertThat(RULE.cis()).contains(Map.entry("1.0.0", "3.1"), Map.entry("1.1.0", "3.1"), Map.entry("1.2.0", "3.1"),
                Map.entry("1.3.0", "4.1"), Map.entry("1.4.0", "4.1"), Map.entry("1.5.0", "4.1"), Map.entry("2.0.0", "4.1"));
    }

    @Test
    void everyRuleHasAnEvaluatorAndDeclaresItsPermissions() {
        assertThat(CATALOG.all()).isNotEmpty().allSatisfy(rule -> {
            assertThat(RuleValidator.KNOWN_EVALUATORS).contains(rule.evaluator());
            assertThat(rule.permissions()).isNotEmpty().allMatch(p -> p.matches("[a-z0-9-]+:[A-Za-z]+"));
        });
        assertThat(RULE.permissions()).contains("logs:DescribeMetricFilters", "sns:ListSubscriptionsByTopic");
    }

    @Test
    void rejectsAnUnknownRuleIdAndListsTheKnownOnes() {
        assertThatThrownBy(() -> CATALOG.select(List.of("D9.AWS.NOPE")))
                .hasMessageStartingWith("orgaudit.rules: unknown rule id 'D9.AWS.NOPE'; known rules: D9.AWS.MON.01, ");
    }

    @Test
    void aBrokenRuleFileNamesTheFileAndTheField() {
        String yaml = "id: X\nidSource: ours\nname: n\ndescription: d\nriskLevel: Low\nremediation: r\n"
                + "evaluator: cloudtrail-metric-alarm-chain\npermissions: [logs:DescribeMetricFilters]\n"
                + "parameters: {referencePattern: '{ $.a = '}\n";
        assertThatThrownBy(() -> RuleCatalog.load("rules/X.yaml", new ByteArrayResource(yaml.getBytes())))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("rule file rules/X.yaml: field 'parameters.referencePattern' does not parse");
    }

    @Test
    void aRuleFileWithAMisspelledFieldIsRejected() {
        String yaml = "id: X\nnmae: typo\n";
        assertThatThrownBy(() -> RuleCatalog.load("rules/X.yaml", new ByteArrayResource(yaml.getBytes())))
                .hasMessageStartingWith("rule file rules/X.yaml: does not parse").hasMessageContaining("nmae");
    }
}
