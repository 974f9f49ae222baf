package io.orgaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.rule.Verdict;

/**
 * A family rule's remediation comes from its file alone: its CLI steps with the account's region and log group, the
 * rule's own filter, metric and alarm names and its pattern filled in, from the broken link on.
 */
class FamilyRemediationTest {

    private static final RuleCatalog CATALOG = RuleCatalog.fromClasspath();
    private static final String LOG_GROUP = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail/main:*";
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:alerts";

    @Test
    void aMissingFilterOfTheRootRuleIsCreatedWithTheRulesNamesAndPatternAndAnAlarmOnIt() {
        RuleDefinition root = CATALOG.find("ORGAUDIT.MON.03").orElseThrow();
        List<String> commands = commands(root, chain(null, null, null, null), BrokenLink.NO_FILTER);

        assertThat(commands).hasSize(4);
        assertThat(commands.get(0)).isEqualTo("aws logs put-metric-filter --region eu-west-1 --log-group-name "
                + "cloudtrail/main --filter-name RootAccountUsage --filter-pattern '" + root.referencePattern()
                + "' --metric-transformations metricName=RootAccountUsageCount,metricNamespace=CISBenchmark,metricValue=1");
        assertThat(commands.get(3)).startsWith("aws cloudwatch put-metric-alarm --region eu-west-1 --alarm-name "
                + "root-account-usage --metric-name RootAccountUsageCount --statistic SUM").contains("--namespace CISBenchmark");
    }

    @Test
    void aMissingAlarmOfTheIamRuleWatchesTheMetricOfTheFilterTheAccountHas() {
        RuleDefinition iam = CATALOG.find("D9.AWS.MON.04").orElseThrow();
        List<String> commands = commands(iam, chain("IamChanges", "IamCount", "Security", null), BrokenLink.NO_ALARM);

        assertThat(commands).noneMatch(c -> c.startsWith("aws logs put-metric-filter"));
        assertThat(commands).anyMatch(c -> c.startsWith("aws cloudwatch put-metric-alarm --region eu-west-1 "
                + "--alarm-name " + iam.parameter("alarmName") + " --metric-name IamCount ")
                && c.contains("--namespace Security"));
    }

    @Test
    void everyRuleOfTheCatalogueFillsEveryPlaceholderOfItsCommands() {
        for (RuleDefinition rule : CATALOG.all()) {
            for (String command : commands(rule, chain(null, null, null, null), BrokenLink.NO_FILTER)) {
                assertThat(command).as(rule.id()).doesNotContain("FILTER_NAME", "METRIC_NAME", "ALARM_NAME",
                        "ADD_FILTER_PATTERN", "NAME_OF_LOG_GROUP", "REGION_NAME");
                if (!rule.id().equals("D9.AWS.MON.01")) {
                    assertThat(command).as(rule.id()).doesNotContain("AuthorizationFailure", "UNAUTHORIZED");
                }
            }
        }
    }

    private static List<String> commands(RuleDefinition rule, Verdict.Chain chain, BrokenLink link) {
        RuleInfo info = WorkbookAssembler.ruleInfo(rule, List.of());
        FindingRow finding = new FindingRow("123456789012", "member", "Root",
                Verdict.fail("123456789012", rule.id(), "reason", chain, link));
        return RemediationCommands.forFinding(info, finding, List.of("eu-west-1")).stream()
                .map(RemediationSteps.Step::command).filter(c -> !c.isEmpty()).toList();
    }

    private static Verdict.Chain chain(String filter, String metric, String namespace, String alarm) {
        return new Verdict.Chain("arn:aws:cloudtrail:eu-west-1:123456789012:trail/main", "eu-west-1", false, LOG_GROUP,
                filter, null, metric, namespace, alarm, filter == null ? null : TOPIC, filter == null ? 0 : 1, 0,
                List.of(), List.of());
    }
}
