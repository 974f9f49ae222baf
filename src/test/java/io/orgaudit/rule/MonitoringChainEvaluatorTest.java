package io.orgaudit.rule;

import static io.orgaudit.rule.Chains.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.MetricFilterEvidence;
import io.orgaudit.evidence.AlarmEvidence;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.evidence.TrailEvidence;
import io.orgaudit.evidence.TrailSettings;

class MonitoringChainEvaluatorTest {

    private static final RuleCatalog CATALOG = RuleCatalog.fromClasspath();
    private static final RuleDefinition RULE = CATALOG.find("D9.AWS.MON.01").orElseThrow();
    private final MonitoringChainEvaluator evaluator = new MonitoringChainEvaluator(CATALOG.equivalence());

    private Verdict gsl(AccountEvidence evidence) {
        return evaluator.evaluate(RULE, "gsl", evidence);
    }

    private Verdict cis(AccountEvidence evidence) {
        return evaluator.evaluate(RULE, "cis", evidence);
    }

    @Test
    void passesWithACompleteChainAndNamesEveryLink() {
        Verdict verdict = gsl(account(complete()));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
        assertThat(verdict.reason()).contains("trail main", "log group cloudtrail", "filter unauthorized",
                "alarm unauthorized-api-calls", TOPIC, "1 confirmed subscriber");
        assertThat(verdict.chain().confirmedSubscribers()).isEqualTo(1);
    }

    @Test
    void passesWhenThePatternIsReformatted() {
        String reformatted = "{ ( $.eventName != HeadBucket && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" )"
                + " && ( $.errorCode = \"AccessDenied*\" || $.errorCode = \"*UnauthorizedOperation\" ) }";
        Verdict verdict = gsl(account(trail("main", logGroup(filter("f", reformatted, alarm(true, topic(true)))))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
    }

    @Test
    void failsWhenNoTrailIsVisible() {
        Verdict verdict = gsl(account());
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).startsWith("no CloudTrail trail is visible").contains("us-east-1");
    }

    @Test
    void failsWhenNoTrailSendsToCloudWatchLogs() {
        Verdict verdict = gsl(account(trail("s3-only", null)));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("no trail sends to CloudWatch Logs (trails: s3-only)");
    }

    @Test
    void failsWhenTheLogGroupDoesNotExist() {
        Failure notFound = new Failure(Failure.Kind.NOT_FOUND, "logs:DescribeMetricFilters",
                "ResourceNotFoundException", "The specified log group does not exist.");
        Verdict verdict = gsl(account(trail("main", unreadableLogGroup(notFound))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).contains("log group cloudtrail", "which does not exist");
    }

    @Test
    void failsOnTheCis12PatternAndNamesTheBenchmarkVersionItComesFrom() {
        Verdict verdict = gsl(account(trail("main", logGroup(
                filter("RootAccountUsage", "{ $.userIdentity.type = \"Root\" }"),
                filter("UnauthorizedApiCalls-v1.2", CIS_1_2, alarm(true, topic(true)))))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("log group cloudtrail has no metric filter equivalent to the required "
                + "pattern (filter UnauthorizedApiCalls-v1.2 has the pattern published in CIS AWS Foundations "
                + "Benchmark v1.2.0, 3.1, which this rule does not accept: it lacks the conditions $.sourceIPAddress != "
                + "\"delivery.logs.amazonaws.com\" and $.eventName != \"HeadBucket\", so it also matches events in "
                + "which those clauses do not hold (more alarms))");
    }

    @Test
    void namesTheClosestFilterWhenNoPublishedFormMatches() {
        Verdict verdict = gsl(account(trail("main", logGroup(
                filter("RootAccountUsage", "{ $.userIdentity.type = \"Root\" }"),
                filter("AccessDeniedOnly", "{ $.errorCode = \"AccessDenied*\" }", alarm(true, topic(true)))))));
        assertThat(verdict.reason()).startsWith("log group cloudtrail has no metric filter equivalent to the required "
                + "pattern (closest: AccessDeniedOnly, ");
    }

    @Test
    void failsWhenTheLogGroupHasNoFilters() {
        Verdict verdict = gsl(account(trail("main", logGroup())));
        assertThat(verdict.reason()).endsWith("(it has no metric filters)");
    }

    @Test
    void saysWhenTheOnlyAlarmWatchesAnotherFiltersMetricRatherThanThatThereIsNoAlarm() {
        AlarmEvidence signIn = new AlarmEvidence("console-signin-failures", "arn:aws:cloudwatch:us-east-1:"
                + Chains.ACCOUNT + ":alarm:console-signin-failures", true, List.of(), "ConsoleSigninFailures",
                "CISBenchmark", List.of(topic(true)));
        MetricFilterEvidence other = new MetricFilterEvidence("ConsoleSigninFailures",
                "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }",
                List.of(new MetricFilterEvidence.MetricRef("ConsoleSigninFailures", "CISBenchmark")), true,
                List.of(signIn), null);

        Verdict verdict = gsl(account(trail("main", logGroup(filter("unauthorized", REFERENCE), other))));

        assertThat(verdict.reason()).isEqualTo("metric filter unauthorized on log group cloudtrail matches the "
                + "required pattern, but no CloudWatch alarm watches its metric CISBenchmark/UnauthorizedAPICalls; the "
                + "only other alarm known is console-signin-failures, which watches CISBenchmark/ConsoleSigninFailures "
                + "(filter ConsoleSigninFailures)");
    }

    @Test
    void namesAFilterThatIsNotAJsonPatternAtAll() {
        MetricFilterEvidence spaceDelimited = new MetricFilterEvidence("web", "[ip, user, status = 403, size]",
                List.of(new MetricFilterEvidence.MetricRef("Forbidden", "Web")), false, List.of(), null);

        Verdict verdict = gsl(account(trail("main", logGroup(spaceDelimited))));

        assertThat(verdict.reason()).isEqualTo("log group cloudtrail has no metric filter equivalent to the required "
                + "pattern (its only filter, web, has a pattern unlike the required one; filter web is a space-delimited pattern, not a JSON "
                + "pattern, so it can never be equivalent)");
    }

    @Test
    void failsWhenNoAlarmWatchesTheFiltersMetric() {
        Verdict verdict = gsl(account(trail("main", logGroup(filter("unauthorized", REFERENCE)))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).contains("no CloudWatch alarm watches its metric CISBenchmark/UnauthorizedAPICalls");
    }

    @Test
    void failsWhenTheAlarmHasNoSnsAction() {
        Verdict verdict = gsl(account(trail("main", logGroup(filter("unauthorized", REFERENCE, alarm(true))))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("alarm unauthorized-api-calls has no SNS topic among its alarm actions");
    }

    @Test
    void failsWhenTopicHasNoConfirmedSubscription() {
        Verdict verdict = gsl(account(trail("main", logGroup(filter("unauthorized", REFERENCE,
                alarm(true, topic(false)))))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("SNS topic " + TOPIC + " has no confirmed subscription (1 pending confirmation)");
    }

    @Test
    void passesWhenOnlyTheSecondTrailIsComplete() {
        Verdict verdict = gsl(account(trail("a-broken", null), complete()));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
        assertThat(verdict.chain().trailArn()).endsWith("trail/main");
    }

    @Test
    void namesTheTrailThatGotFurthestWhenAllAreBroken() {
        Verdict verdict = gsl(account(trail("a", null), trail("b", logGroup(filter("unauthorized", REFERENCE)))));
        assertThat(verdict.reason()).contains("no CloudWatch alarm");
    }

    @Test
    void isErrorNotFailWhenTheLogGroupCannotBeRead() {
        Failure role = new Failure(Failure.Kind.ROLE_NOT_ASSUMABLE, "sts:AssumeRole", "AccessDenied", "denied");
        Verdict verdict = gsl(account(trail("org", unreadableLogGroup(role))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
        assertThat(verdict.reason()).contains("could not be read", "the audit role cannot be assumed", "AccessDenied");
    }

    @Test
    void isErrorWhenTheTopicCannotBeRead() {
        var unreadable = new io.orgaudit.evidence.TopicEvidence(TOPIC, List.of(), denied("sns:ListSubscriptionsByTopic"));
        Verdict verdict = gsl(account(trail("main", logGroup(filter("u", REFERENCE, alarm(true, unreadable))))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
        assertThat(verdict.reason()).contains("sns:ListSubscriptionsByTopic failed: AccessDeniedException");
    }

    @Test
    void failsWhenTheAlarmsTopicDoesNotExist() {
        var deleted = new io.orgaudit.evidence.TopicEvidence(TOPIC, List.of(), new Failure(Failure.Kind.NOT_FOUND,
                "sns:ListSubscriptionsByTopic", "NotFound", "Topic does not exist"));
        Verdict verdict = gsl(account(trail("main", logGroup(filter("u", REFERENCE, alarm(true, deleted))))));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("alarm unauthorized-api-calls notifies SNS topic " + TOPIC
                + ", which does not exist");
    }

    @Test
    void isErrorWhenARegionFailedAndNoTrailPasses() {
        AccountEvidence evidence = new AccountEvidence(ACCOUNT, List.of("us-east-1", "eu-west-1"), List.of(
                new TargetEvidence(ACCOUNT, "us-east-1", List.of(trail("s3-only", null)), List.of()),
                TargetEvidence.failed(ACCOUNT, "eu-west-1", denied("cloudtrail:DescribeTrails"))));
        Verdict verdict = gsl(evidence);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
        assertThat(verdict.reason()).contains("in eu-west-1", "cloudtrail:DescribeTrails failed");
    }

    @Test
    void passesWhenARegionFailedButAChainIsComplete() {
        AccountEvidence evidence = new AccountEvidence(ACCOUNT, List.of("us-east-1", "eu-west-1"), List.of(
                new TargetEvidence(ACCOUNT, "us-east-1", List.of(complete()), List.of()),
                TargetEvidence.failed(ACCOUNT, "eu-west-1", denied("cloudtrail:DescribeTrails"))));
        assertThat(gsl(evidence).status()).isEqualTo(Verdict.Status.PASS);
    }

    @Test
    void isErrorWhenTheRoleCannotBeAssumed() {
        Failure role = new Failure(Failure.Kind.ROLE_NOT_ASSUMABLE, "sts:AssumeRole", "AccessDenied", "not authorized");
        AccountEvidence evidence = new AccountEvidence(ACCOUNT, List.of(),
                List.of(TargetEvidence.failed(ACCOUNT, TargetEvidence.ALL_REGIONS, role)));
        Verdict verdict = gsl(evidence);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
        assertThat(verdict.reason()).startsWith("the audit role cannot be assumed: sts:AssumeRole failed: AccessDenied");
    }

    @Test
    void judgesAMultiRegionTrailSeenInEveryRegionOnce() {
        TrailEvidence trail = complete();
        AccountEvidence evidence = new AccountEvidence(ACCOUNT, List.of("us-east-1", "eu-west-1"), List.of(
                new TargetEvidence(ACCOUNT, "us-east-1", List.of(trail), List.of()),
                new TargetEvidence(ACCOUNT, "eu-west-1", List.of(trail), List.of())));
        assertThat(gsl(evidence).status()).isEqualTo(Verdict.Status.PASS);
    }

    @Test
    void cisProfileFailsASingleRegionTrailThatGslAccepts() {
        TrailEvidence single = withTrail(complete(), false, new TrailSettings(true, true, "basic"));
        assertThat(gsl(account(single)).status()).isEqualTo(Verdict.Status.PASS);
        Verdict verdict = cis(account(single));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).contains("is not multi-region");
    }

    @Test
    void settingsNotReadUnderGslAreAnErrorUnderCisNeverAPass() {
        // Under gsl the collector asks for no trail settings: the evidence holds neither settings nor a failure.
        AccountEvidence withoutSettings = account(withTrail(complete(), true, null));
        assertThat(evaluator.evaluate(RULE, "gsl", withoutSettings).status()).isEqualTo(Verdict.Status.PASS);

        Verdict verdict = cis(withoutSettings);

        assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
        assertThat(verdict.reason()).isEqualTo("the status of trail main could not be read: cloudtrail:GetTrailStatus "
                + "failed: NotRead (the trail's status and event selectors were not read: the profile in force when the "
                + "evidence was collected did not need them)");
    }

    @Test
    void cisProfileFailsATrailThatIsNotLogging() {
        Verdict verdict = cis(account(withTrail(complete(), true, new TrailSettings(false, true, "basic"))));
        assertThat(verdict.reason()).isEqualTo("trail main is not logging");
    }

    @Test
    void cisProfileFailsATrailWithoutAllManagementEvents() {
        Verdict verdict = cis(account(withTrail(complete(), true, new TrailSettings(true, false, "basic: [WriteOnly]"))));
        assertThat(verdict.reason()).contains("does not record all read and write management events");
    }

    @Test
    void cisProfileFailsAnAlarmWithActionsDisabled() {
        TrailEvidence trail = trail("main", logGroup(filter("u", REFERENCE, alarm(false, topic(true)))));
        assertThat(gsl(account(trail)).status()).isEqualTo(Verdict.Status.PASS);
        assertThat(cis(account(trail)).reason()).isEqualTo("alarm unauthorized-api-calls has its actions disabled");
    }

    @Test
    void cisProfilePassesACompleteCompliantTrail() {
        assertThat(cis(account(complete())).status()).isEqualTo(Verdict.Status.PASS);
    }

    private static TrailEvidence withTrail(TrailEvidence t, boolean multiRegion, TrailSettings settings) {
        return new TrailEvidence(t.arn(), t.name(), t.ownerAccountId(), t.homeRegion(), multiRegion,
                t.organizationTrail(), t.logGroupArn(), settings, null, t.logGroup());
    }
}
