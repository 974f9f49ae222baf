package io.orgaudit.report;

import static io.orgaudit.report.ReportFixtures.RULE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/** The Remediation steps start at the first broken link, as the evaluator reports it, and say nothing stale. */
class RemediationByBrokenLinkTest {

    private static final String ACCOUNT = "444444444406";
    private static final String TRAIL = "arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":trail/main-trail";
    private static final String LOG_GROUP = "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:cloudtrail/main:*";
    private static final String TOPIC = "arn:aws:sns:us-east-1:" + ACCOUNT + ":alerts";

    @Test
    void asksToConfirmAPendingSubscriptionInsteadOfRebuildingTheFilterAndAlarm() {
        List<RemediationSteps.Step> steps = steps(chain(LOG_GROUP, "UnauthorizedAPICalls", "unauthorized-api-calls", TOPIC,
                1), BrokenLink.NO_CONFIRMED_SUBSCRIBER);

        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).description()).startsWith("Confirm the subscription to SNS topic alerts that is pending "
                + "confirmation: follow the link in the confirmation message");
        assertThat(steps.get(0).command()).isEqualTo("aws sns confirm-subscription --region us-east-1 --topic-arn " + TOPIC
                + " --token TOKEN_FROM_CONFIRMATION_MESSAGE");
        assertThat(steps.get(1).description()).isEqualTo("Or, if that message is lost or went to the wrong endpoint: "
                + "create an SNS subscription to the topic alerts, then confirm it from the message sent to its endpoint");
        assertThat(steps.get(1).command()).isEqualTo("aws sns subscribe --region us-east-1 --topic-arn " + TOPIC
                + " --protocol email --notification-endpoint SECURITY_TEAM_EMAIL");
    }

    @Test
    void asksToSubscribeAndConfirmWhenTheTopicHasNoSubscriptionAtAll() {
        List<RemediationSteps.Step> steps = steps(chain(LOG_GROUP, "UnauthorizedAPICalls", "unauthorized-api-calls", TOPIC),
                BrokenLink.NO_CONFIRMED_SUBSCRIBER);

        assertThat(steps).extracting(RemediationSteps.Step::description).containsExactly(
                "Create an SNS subscription to the topic alerts, then confirm it from the message sent to its endpoint");
    }

    @Test
    void createsTheTopicAnAlarmNotifiesWhenItDoesNotExist() {
        List<String> commands = commands(chain(LOG_GROUP, "UnauthorizedAPICalls", "unauthorized-api-calls", TOPIC),
                BrokenLink.TOPIC_MISSING);

        assertThat(commands).containsExactly("aws sns create-topic --region us-east-1 --name alerts",
                "aws sns subscribe --region us-east-1 --topic-arn " + TOPIC
                        + " --protocol email --notification-endpoint SECURITY_TEAM_EMAIL");
    }

    @Test
    void addsATopicToAnAlarmWithoutSnsActionAndKeepsItsFilter() {
        List<RemediationSteps.Step> steps = steps(chain(LOG_GROUP, "UnauthorizedAPICalls", "unauthorized-api-calls", null),
                BrokenLink.NO_ALARM_ACTION);

        assertThat(steps).extracting(RemediationSteps.Step::command).noneMatch(c -> c.contains("put-metric-filter"));
        assertThat(steps).extracting(RemediationSteps.Step::description).containsExactly(
                "Create an SNS topic that the alarm will notify",
                "Create an SNS subscription to the topic created in step 1, then confirm it from the message sent to its "
                        + "endpoint",
                "Make alarm unauthorized-api-calls notify the SNS topic created in step 1 (put-metric-alarm replaces the "
                        + "alarm's settings and actions with these)");
        assertThat(steps.get(2).command()).contains("--alarm-name unauthorized-api-calls --metric-name UnauthorizedAPICalls",
                "--alarm-actions arn:aws:sns:us-east-1:" + ACCOUNT + ":orgaudit-security-alerts");
    }

    @Test
    void enablesTheActionsOfAnAlarmThatHasThemDisabled() {
        List<String> commands = commands(chain(LOG_GROUP, "UnauthorizedAPICalls", "unauthorized-api-calls", null),
                BrokenLink.ALARM_ACTIONS_DISABLED);

        assertThat(commands).containsExactly(
                "aws cloudwatch enable-alarm-actions --region us-east-1 --alarm-names unauthorized-api-calls", "");
    }

    @Test
    void createsTheAlarmOnTheMatchingFiltersMetricAndNamesTheFilterThatExists() {
        List<RemediationSteps.Step> steps = steps(chain(LOG_GROUP, "UnauthorizedAPICalls", null, null),
                BrokenLink.NO_ALARM);

        assertThat(steps).extracting(RemediationSteps.Step::description).containsExactly(
                "Create an SNS topic that the alarm will notify",
                "Create an SNS subscription to the topic created in step 1, then confirm it from the message sent to its "
                        + "endpoint",
                "Create an alarm that is associated with the CloudWatch Logs Metric Filter UnauthorizedAPICalls and an SNS "
                        + "topic created in step 1");
        assertThat(steps.get(2).command()).contains("--metric-name UnauthorizedAPICalls", "--namespace CISBenchmark");
    }

    @Test
    void createsTheFilterInTheTrailsLogGroupWhenNoFilterMatches() {
        List<String> commands = commands(chain(LOG_GROUP, null, null, null),
                BrokenLink.NO_FILTER);

        assertThat(commands).hasSize(4);
        assertThat(commands.get(0)).startsWith("aws logs put-metric-filter --region us-east-1 --log-group-name "
                + "cloudtrail/main --filter-name AWSAuthorizationFailures");
    }

    @Test
    void createsTheLogGroupATrailSendsToWhenItDoesNotExist() {
        List<String> commands = commands(chain(LOG_GROUP, null, null, null), BrokenLink.LOG_GROUP_MISSING);

        assertThat(commands).hasSize(5);
        assertThat(commands.get(0)).isEqualTo("aws logs create-log-group --region us-east-1 --log-group-name cloudtrail/main");
    }

    @Test
    void sendsATrailWithoutLogsToANewLogGroupAndNumbersTheSeedsReferencesAfterIt() {
        List<RemediationSteps.Step> steps = steps(chain(null, null, null, null),
                BrokenLink.NO_LOG_GROUP);

        assertThat(steps).hasSize(6);
        assertThat(steps.get(1).command()).isEqualTo("aws cloudtrail update-trail --region us-east-1 --name " + TRAIL
                + " --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:" + ACCOUNT
                + ":log-group:CloudTrail/DefaultLogGroup:* --cloud-watch-logs-role-arn CLOUDTRAIL_TO_CLOUDWATCH_ROLE_ARN");
        assertThat(steps.get(4).description()).startsWith("Create an SNS subscription to the topic created in step 4");
        assertThat(steps.get(5).description()).isEqualTo("Create an alarm that is associated with the CloudWatch Logs "
                + "Metric Filter created in step 3 and an SNS topic created in step 4");
    }

    @Test
    void fixesTheTrailSettingFirstAndSaysTheRestIsCheckedOnTheNextRun() {
        Verdict.Chain trailOnly = chain(LOG_GROUP, null, null, null);

        assertThat(commands(trailOnly, BrokenLink.TRAIL_NOT_LOGGING))
                .containsExactly("aws cloudtrail start-logging --region us-east-1 --name " + TRAIL, "");
        assertThat(commands(trailOnly, BrokenLink.TRAIL_NOT_MULTI_REGION))
                .containsExactly("aws cloudtrail update-trail --region us-east-1 --name " + TRAIL + " --is-multi-region-trail", "");
        assertThat(commands(trailOnly, BrokenLink.TRAIL_MISSING_MANAGEMENT_EVENTS).get(0))
                .isEqualTo("aws cloudtrail put-event-selectors --region us-east-1 --trail-name " + TRAIL
                        + " --event-selectors '[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true}]'");
        assertThat(steps(trailOnly, BrokenLink.TRAIL_NOT_LOGGING).get(1).description()).startsWith("Run orgaudit again");
    }

    @Test
    void namesTheAccountWhereAnOrganizationTrailsLogGroupLives() {
        String management = "111111111111";
        Verdict.Chain orgTrail = new Verdict.Chain("arn:aws:cloudtrail:us-east-1:" + management + ":trail/org-trail", "us-east-1", true,
                "arn:aws:logs:us-east-1:" + management + ":log-group:aws-cloudtrail-logs-org:*", "UnauthorizedAPICalls",
                ReportFixtures.REQUIRED_PATTERN, "UnauthorizedAPICalls", "CISBenchmark", null, null, 0, 0, null, null);

        List<RemediationSteps.Step> steps = steps(orgTrail, BrokenLink.NO_ALARM);

        assertThat(steps).allSatisfy(step -> assertThat(step.description()).endsWith("(in account " + management + ")"));
        assertThat(steps.get(2).command()).contains("--alarm-actions arn:aws:sns:us-east-1:" + management
                + ":orgaudit-security-alerts");
    }

    @Test
    void everyStepReferenceNamesAStepThatCreatesWhatItSays() {
        Pattern reference = Pattern.compile("(Metric Filter|topic) created in step (\\d+)");
        List<Verdict.Chain> evidence = List.of(chain(null, null, null, null), chain(LOG_GROUP, null, null, null),
                chain(LOG_GROUP, "UnauthorizedAPICalls", null, null),
                chain(LOG_GROUP, "UnauthorizedAPICalls", "unauthorized-api-calls", null));
        for (Verdict.Chain chain : evidence) {
            List<RemediationSteps.Step> steps = steps(chain, BrokenLink.ofShape(chain));
            for (RemediationSteps.Step step : steps) {
                Matcher matcher = reference.matcher(step.description());
                while (matcher.find()) {
                    String referenced = steps.get(Integer.parseInt(matcher.group(2)) - 1).command();
                    assertThat(referenced).startsWith(matcher.group(1).equals("topic") ? "aws sns create-topic"
                            : "aws logs put-metric-filter");
                }
            }
        }
    }

    /** The chain as the evaluator reports it: links after the broken one are null. */
    private static Verdict.Chain chain(String logGroupArn, String filter, String alarm, String topicArn) {
        return chain(logGroupArn, filter, alarm, topicArn, 0);
    }

    private static Verdict.Chain chain(String logGroupArn, String filter, String alarm, String topicArn, int pending) {
        return new Verdict.Chain(TRAIL, "us-east-1", false, logGroupArn, filter,
                filter == null ? null : ReportFixtures.REQUIRED_PATTERN, filter == null ? null : "UnauthorizedAPICalls",
                filter == null ? null : "CISBenchmark", alarm, topicArn, 0, pending, null, null);
    }

    /** The verdict's reason is for people; the steps follow its broken link and chain alone. */
    private static List<RemediationSteps.Step> steps(Verdict.Chain chain, BrokenLink link) {
        FindingRow finding = new FindingRow(ACCOUNT, "sandbox", "Sandbox",
                Verdict.fail(ACCOUNT, RULE_ID, "(any reason)", chain, link));
        return RemediationCommands.forFinding(ReportFixtures.rule(), finding, List.of("us-east-1", "eu-west-1"));
    }

    private static List<String> commands(Verdict.Chain chain, BrokenLink link) {
        return steps(chain, link).stream().map(RemediationSteps.Step::command).toList();
    }
}
