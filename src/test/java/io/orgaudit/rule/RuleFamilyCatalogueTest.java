package io.orgaudit.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgaudit.framework.FrameworkCatalog;
import io.orgaudit.framework.FrameworkDefinition;
import io.orgaudit.pattern.FilterPatterns;

/**
 * The catalogue checks every rule file, as a meta-test (Cloud Custodian's way): a rule that would judge nothing, or
 * would let an older benchmark's pattern pass, fails here before it reaches a workbook. The IAM side (every rule's
 * actions granted by k8s/iam, nothing more) is {@code io.orgaudit.deployment.IamPoliciesTest}.
 */
class RuleFamilyCatalogueTest {

    private static final RuleCatalog CATALOG = RuleCatalog.fromClasspath();

    @Test
    void holdsTheCisMonitoringFamilyInCisOrder() {
        // a rule of the same shape but outside CIS (one YAML file, docs/rules.md) may follow the family
        List<String> v14 = CATALOG.all().stream().map(rule -> rule.cis().get("1.4.0")).filter(id -> id != null)
                .toList();
        List<String> expected = new ArrayList<>();
        for (int control = 1; control <= 15; control++) {
            expected.add("4." + control);
        }
        assertThat(v14).containsExactlyElementsOf(expected);
        assertThat(CATALOG.all().subList(0, 15)).allSatisfy(rule -> assertThat(rule.cis()).containsKey("1.4.0"));
        assertThat(CATALOG.all().get(0).id()).isEqualTo("D9.AWS.MON.01");
    }

    @Test
    void everyRuleSaysWhereItsIdComesFrom() {
        assertThat(CATALOG.all()).allSatisfy(rule -> {
            if (rule.id().startsWith("D9.")) {
                assertThat(rule.idSource()).as(rule.id()).doesNotContainIgnoringCase("own id");
            } else {
                assertThat(rule.id()).startsWith("ORGAUDIT.");
                assertThat(rule.idSource()).as(rule.id()).containsIgnoringCase("own");
            }
        });
    }

    @Test
    void everyPublishedPatternParses() {
        assertThat(CATALOG.all()).allSatisfy(rule -> {
            FilterPatterns.parse(rule.referencePattern());
            rule.acceptedPatterns().forEach(p -> FilterPatterns.parse(p.pattern()));
            rule.olderPatterns().forEach(p -> FilterPatterns.parse(p.pattern()));
        });
    }

    @Test
    void everyReferencePatternEqualsItselfReformatted() {
        assertThat(CATALOG.all()).allSatisfy(rule -> {
            for (String pattern : rule.passingPatterns()) {
                String reformatted = reformatted(pattern);
                assertThat(reformatted).as(rule.id()).isNotEqualTo(pattern);
                assertThat(FilterPatterns.compare(pattern, reformatted).equivalent())
                        .as(rule.id() + ": " + reformatted).isTrue();
            }
        });
    }

    @Test
    void noOlderPatternPassesAndNoAcceptedOneIsAlsoListedAsOlder() {
        assertThat(CATALOG.all()).allSatisfy(rule -> {
            for (RuleDefinition.PublishedPattern older : rule.olderPatterns()) {
                for (String passing : rule.passingPatterns()) {
                    assertThat(FilterPatterns.compare(passing, older.pattern()).equivalent())
                            .as(rule.id() + ": " + older.source()).isFalse();
                }
            }
        });
    }

    @Test
    void noTwoRulesRequireTheSamePattern() {
        List<RuleDefinition> rules = CATALOG.all();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                assertThat(FilterPatterns.compare(rules.get(i).referencePattern(), rules.get(j).referencePattern())
                        .equivalent()).as(rules.get(i).id() + " vs " + rules.get(j).id()).isFalse();
            }
        }
    }

    @Test
    void everyRuleCountsInEveryCisFrameworkOfAVersionItNames() {
        List<FrameworkDefinition> frameworks = FrameworkCatalog.load(null, CATALOG.ids()).all();
        assertThat(CATALOG.all()).allSatisfy(rule -> rule.cis().forEach((version, control) ->
                frameworks.stream().filter(f -> f.name().equals("AWS CIS Foundations v. " + version)).findFirst()
                        .ifPresent(framework -> assertThat(framework.controlOf(rule.id()))
                                .as(rule.id() + " in " + framework.name()).hasValueSatisfying(
                                        c -> assertThat(c.id()).isEqualTo(control)))));
    }

    /** The same pattern written differently: no whitespace outside quotes, and one more pair of parentheses. */
    static String reformatted(String pattern) {
        StringBuilder compact = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '"' && (i == 0 || pattern.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (quoted || !Character.isWhitespace(c) || needsSpace(compact, pattern, i)) {
                compact.append(c);
            }
        }
        String inner = compact.substring(1, compact.length() - 1);
        return "{ (" + inner + ") }";
    }

    /** Keeps the space inside "NOT EXISTS", where words must stay apart. */
    private static boolean needsSpace(StringBuilder written, String pattern, int at) {
        boolean wordBefore = written.length() > 0 && Character.isLetterOrDigit(written.charAt(written.length() - 1));
        int next = at + 1;
        while (next < pattern.length() && Character.isWhitespace(pattern.charAt(next))) {
            next++;
        }
        boolean wordAfter = next < pattern.length() && Character.isLetterOrDigit(pattern.charAt(next));
        return wordBefore && wordAfter && (written.length() == 0 || written.charAt(written.length() - 1) != ' ');
    }
}
