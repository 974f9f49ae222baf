package io.orgaudit.report;

import static io.orgaudit.report.ReportFixtures.RULE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemediationTest {

    private static final String QUOTED_PATTERN = "'" + ReportFixtures.REQUIRED_PATTERN + "'";

    @TempDir
    Path directory;

    @Test
    void readsTheFourCliStepsOfTheSeed() {
        List<RemediationSteps.Step> steps = RemediationSteps.of(ReportFixtures.SEED_REMEDIATION);

        assertThat(steps).extracting(RemediationSteps.Step::description).containsExactly(
                "Create a metric filter based on filter pattern relevant for this check.",
                "Create an SNS topic that the alarm will notify",
                "Create an SNS subscription to the topic created in step 2",
                "Create an alarm that is associated with the CloudWatch Logs Metric Filter created in step 1 and an SNS "
                        + "topic created in step 2");
        assertThat(steps.get(0).command()).startsWith("aws logs put-metric-filter --region REGION_NAME --log-group-name");
    }

    @Test
    void fillsInTheAccountsOwnNamesAndSkipsTheTopicAndSubscriptionItAlreadyHas() {
        FindingRow finding = finding(30);

        List<String> commands = commands(finding);

        assertThat(commands).containsExactly(
                "aws logs put-metric-filter --region us-east-1 --log-group-name CloudTrail/Default --filter-name "
                        + "UnauthorizedAPICalls --filter-pattern " + QUOTED_PATTERN + " --metric-transformations "
                        + "metricName=UnauthorizedAPICalls,metricNamespace=CISBenchmark,metricValue=1",
                "aws cloudwatch put-metric-alarm --region us-east-1 --alarm-name unauthorized-api-calls --metric-name "
                        + "UnauthorizedAPICalls --statistic SUM --period 300 --threshold 1 --comparison-operator "
                        + "GreaterThanOrEqualToThreshold --evaluation-periods 1 --namespace CISBenchmark --alarm-actions "
                        + "arn:aws:sns:us-east-1:100000000030:security-alerts");
    }

    @Test
    void createsTheTrailAndTheWholeChainWithDefaultsWhenTheAccountHasNoTrail() {
        FindingRow finding = finding(37);

        List<String> commands = RemediationCommands.forFinding(ReportFixtures.rule(), finding, List.of("us-east-1"))
                .stream().map(RemediationSteps.Step::command).toList();

        assertThat(commands).hasSize(7);
        assertThat(commands.get(0)).isEqualTo("aws logs create-log-group --region us-east-1 --log-group-name "
                + "CloudTrail/DefaultLogGroup");
        assertThat(commands.get(1)).startsWith("aws cloudtrail create-trail --region us-east-1 --name TRAIL_NAME "
                + "--s3-bucket-name S3_BUCKET_NAME --is-multi-region-trail --cloud-watch-logs-log-group-arn "
                + "arn:aws:logs:us-east-1:100000000037:log-group:CloudTrail/DefaultLogGroup:*");
        assertThat(commands.get(2)).isEqualTo("aws cloudtrail start-logging --region us-east-1 --name TRAIL_NAME");
        assertThat(commands.get(3)).contains("--log-group-name CloudTrail/DefaultLogGroup --filter-name AWSAuthorizationFailures",
                "metricName=AuthorizationFailureCount,metricNamespace=CloudTrailMetrics");
        assertThat(commands.get(4)).isEqualTo("aws sns create-topic --region us-east-1 --name orgaudit-security-alerts");
        assertThat(commands.get(5)).isEqualTo("aws sns subscribe --region us-east-1 --topic-arn "
                + "arn:aws:sns:us-east-1:100000000037:orgaudit-security-alerts --protocol email --notification-endpoint "
                + "SECURITY_TEAM_EMAIL");
        assertThat(commands.get(6)).contains("--alarm-name UnauthorizedAPICalls --metric-name AuthorizationFailureCount",
                "--namespace CloudTrailMetrics --alarm-actions arn:aws:sns:us-east-1:100000000037:orgaudit-security-alerts");
    }

    @Test
    void usesTheSeedsRegionPlaceholderWhenTheRunDoesNotSayWhichRegionAnAccountWithoutATrailUses() {
        for (List<String> regions : List.of(List.of("us-east-1", "eu-west-1"), List.of("each account's enabled regions"),
                List.<String>of())) {
            List<String> commands = RemediationCommands.forFinding(ReportFixtures.rule(), finding(37), regions).stream()
                    .map(RemediationSteps.Step::command).toList();

            assertThat(commands).allSatisfy(command -> assertThat(command).contains("--region REGION_NAME ")
                    .doesNotContain("each account", "us-east-1", "eu-west-1"));
        }
    }

    @Test
    void quotesNamesThatAShellWouldSplit() {
        assertThat(SeedCommands.shellWord("CloudTrail/Default")).isEqualTo("CloudTrail/Default");
        assertThat(SeedCommands.shellWord("my alarm")).isEqualTo("'my alarm'");
        assertThat(SeedCommands.shellWord("it's $(rm -rf)")).isEqualTo("'it'\\''s $(rm -rf)'");
        assertThat(SeedCommands.shellWord("")).isEqualTo("''");
        assertThat(SeedCommands.shellWord("alarme-\u00e9t\u00e9")).isEqualTo("'alarme-\u00e9t\u00e9'");
        assertThat(SeedCommands.shellWord("a=b,c+d@e:f/g.h_i-j")).isEqualTo("a=b,c+d@e:f/g.h_i-j");
    }

    @Test
    void remediationSheetHasStepsForEachFailingAccountOnly() throws IOException {
        Path workbook = new WorkbookWriter().write(ReportFixtures.content(40), directory);

        try (XSSFWorkbook reopened = WorkbookWriterTest.reopen(workbook)) {
            XSSFSheet remediation = reopened.getSheet("Remediation");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : remediation) {
                rows.add(WorkbookWriterTest.texts(row, 7));
            }

            assertThat(rows.get(0)).containsExactly("Account id", "Account name", "Rule", "Region", "Step", "What", "Command");
            // accounts 30..36 need the filter and alarm (2 steps), account 37 a trail and everything else (7 steps)
            assertThat(rows).hasSize(1 + 7 * 2 + 7);
            assertThat(rows.get(1).subList(0, 5)).containsExactly("100000000030", "workload-30", RULE_ID, "us-east-1", "1");
            assertThat(rows.get(1).get(6)).startsWith("aws logs put-metric-filter --region us-east-1");
            assertThat(rows.get(2).get(4)).isEqualTo("2");
            assertThat(rows).extracting(row -> row.get(0)).doesNotContain("100000000001", "100000000038");
            assertThat(remediation.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            // account 37 has no trail and the run two regions: its region is left for the reader to choose
            assertThat(rows.get(15).subList(0, 5)).containsExactly("100000000037", "workload-37", RULE_ID, "", "1");
            assertThat(rows.get(15).get(6)).contains("--region REGION_NAME");
            assertThat(remediation.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G22");
        }
    }

    private static FindingRow finding(int index) {
        return ReportFixtures.content(40).findings().get(index);
    }

    private static List<String> commands(FindingRow finding) {
        return RemediationCommands.forFinding(ReportFixtures.rule(), finding, List.of("us-east-1", "eu-west-1")).stream()
                .map(RemediationSteps.Step::command).toList();
    }
}
