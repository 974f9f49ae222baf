package io.orgaudit.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.scenario.AccountBuilder;
import io.orgaudit.simulator.scenario.EventSelectors;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioBuilder;

/**
 * Every link of the chain, broken on purpose, against the simulated organization over HTTP: evidence is collected
 * with the real SDK clients (role assumption, pagination, cross-account reads) and judged by the rule.
 */
class ChainOverHttpTest {

    static final String MANAGEMENT = "111111111111";
    static final String MEMBER = "222222222222";
    static final String LOG_ARCHIVE = "333333333333";
    static final String REFERENCE = ChainHarness.RULE.parameter("referencePattern");
    static final String CIS_1_2 = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }";

    private static ScenarioBuilder organization() {
        return Scenario.builder().organizationId("o-test123456").managementAccount(MANAGEMENT)
                .auditRoleName("OrgAuditReadOnly").defaultRegions("us-east-1", "eu-west-1")
                .ou("Workloads").ou("Infrastructure")
                .account(MANAGEMENT, a -> a.name("management").email("root@example.com"));
    }

    /** A member with its own trail in us-east-1 sending to log group "cloudtrail", then {@code chain} adds the rest. */
    private static Scenario member(Consumer<AccountBuilder> chain) {
        return organization().account(MEMBER, a -> {
            a.name("member").email("member@example.com").ou("Workloads")
                    .trail("main", "us-east-1", t -> t.multiRegion(true).logGroup("cloudtrail"));
            chain.accept(a);
        }).build();
    }

    private static void completeChain(AccountBuilder a) {
        a.logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                .alarm("unauthorized-alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").action("alerts"))
                .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"));
    }

    private static Verdict judge(Scenario scenario, String profile) {
        try (ChainHarness harness = new ChainHarness(scenario)) {
            return harness.scan(profile).get("member");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void passesWithTheCompleteChain(String profile) {
        Verdict verdict = judge(member(ChainOverHttpTest::completeChain), profile);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
        assertThat(verdict.reason()).contains("trail main -> log group cloudtrail (" + MEMBER + ", us-east-1)",
                "filter unauthorized", "alarm unauthorized-alarm", "1 confirmed subscriber");
    }

    @Test
    void readsTheTrailsSettingsWhileItFollowsItsLogGroup() {
        try (ChainHarness harness = new ChainHarness(member(ChainOverHttpTest::completeChain))) {
            harness.simulator.faults().latency(java.time.Duration.ofMillis(200));

            Verdict verdict = harness.scan("cis").get("member");

            assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
            // The harness scans one account at a time and each account's calls wait for the one before, except the
            // trail's status and event selectors, which are read beside its log group's filters, alarms and topic.
            assertThat(harness.simulator.requestsInFlight().peak()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWithoutAnyTrail(String profile) {
        Scenario scenario = organization().account(MEMBER, a -> a.name("member").ou("Workloads")).build();
        Verdict verdict = judge(scenario, profile);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("no CloudTrail trail is visible to the account in the regions scanned "
                + "(eu-west-1, us-east-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWhenTheTrailDoesNotSendToCloudWatchLogs(String profile) {
        Scenario scenario = organization().account(MEMBER, a -> a.name("member").ou("Workloads")
                .trail("s3-only", "us-east-1", t -> t.multiRegion(true))).build();
        assertThat(judge(scenario, profile).reason()).isEqualTo("no trail sends to CloudWatch Logs (trails: s3-only)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWhenTheTrailsLogGroupDoesNotExist(String profile) {
        Verdict verdict = judge(member(a -> { }), profile);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("trail main sends to log group cloudtrail (account " + MEMBER
                + ", us-east-1), which does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsOnTheCis12PatternAndNamesTheBenchmarkVersionAndWhatItLacks(String profile) {
        Verdict verdict = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized-v12", CIS_1_2, "Unauthorized", "CIS"))
                .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").action("alerts"))
                .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"))), profile);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("log group cloudtrail has no metric filter equivalent to the required "
                + "pattern (filter unauthorized-v12 has the pattern published in CIS AWS Foundations Benchmark v1.2.0, "
                + "3.1, which this rule does not accept: it lacks the conditions $.sourceIPAddress != "
                + "\"delivery.logs.amazonaws.com\" and $.eventName != \"HeadBucket\", so it also matches events in "
                + "which those clauses do not hold (more alarms))");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWhenNoAlarmWatchesTheFilter(String profile) {
        Verdict verdict = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))), profile);
        assertThat(verdict.reason()).isEqualTo("metric filter unauthorized on log group cloudtrail matches the required "
                + "pattern, but no CloudWatch alarm watches its metric CIS/Unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWhenTheAlarmWatchesAnotherFiltersMetric(String profile) {
        Verdict verdict = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g
                        .metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS")
                        .metricFilter("root-usage", "{ $.userIdentity.type = \"Root\" }", "RootUsage", "CIS"))
                .alarm("root-alarm", "us-east-1", al -> al.metric("RootUsage", "CIS").action("alerts"))
                .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"))), profile);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).contains("no CloudWatch alarm watches its metric CIS/Unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWhenTheAlarmHasNoSnsAction(String profile) {
        Verdict verdict = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS")
                        .action("arn:aws:lambda:us-east-1:" + MEMBER + ":function:notify"))), profile);
        assertThat(verdict.reason()).isEqualTo("alarm alarm has no SNS topic among its alarm actions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsl", "cis"})
    void failsWhenTheTopicsOnlySubscriptionIsPending(String profile) {
        Verdict verdict = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").action("alerts"))
                .topic("alerts", "us-east-1", t -> t.pending("email", "sec@example.com"))), profile);
        assertThat(verdict.reason()).isEqualTo("SNS topic arn:aws:sns:us-east-1:" + MEMBER
                + ":alerts has no confirmed subscription (1 pending confirmation)");
    }

    @Test
    void failsWhenTheMatchingFilterIsOnALogGroupNoTrailSendsTo() {
        Verdict verdict = judge(member(a -> {
            a.logGroup("cloudtrail", "us-east-1", g -> { });
            a.logGroup("orphan", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                    .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").action("alerts"))
                    .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"));
        }), "gsl");
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).isEqualTo("log group cloudtrail has no metric filter equivalent to the required "
                + "pattern (it has no metric filters); log group orphan, which no trail sends to, has an equivalent "
                + "filter, unauthorized");
    }

    /** The trail's log group has CIS 1.2's filter; the required one was made on another log group. */
    private static Scenario filterOnTheWrongLogGroup(Consumer<AccountBuilder> more) {
        return member(a -> {
            a.logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("cis-1-2", CIS_1_2, "Old", "CIS"));
            a.logGroup("orphan", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS")
                    .metricFilter("root", "{ $.userIdentity.type = \"Root\" }", "Root", "CIS"));
            more.accept(a);
        });
    }

    private static long filterListingsWithoutLogGroup(ChainHarness harness) {
        return harness.simulator.calls().all().stream()
                .filter(call -> call.operation().equals("DescribeMetricFilters") && call.subject() == null).count();
    }

    @Test
    void namesTheEquivalentFilterOnAnotherLogGroupAfterTheNearMiss() {
        try (ChainHarness harness = new ChainHarness(filterOnTheWrongLogGroup(a -> { }))) {
            Verdict verdict = harness.scan("gsl").get("member");

            assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
            assertThat(verdict.reason()).startsWith("log group cloudtrail has no metric filter equivalent to the "
                    + "required pattern (filter cis-1-2 has the pattern published in CIS AWS Foundations Benchmark v1.2.0").endsWith("); log group orphan, which no trail sends to, "
                    + "has an equivalent filter, unauthorized");
            // One listing of the region's filters, made because the trail's log group lacks the rule's filter.
            assertThat(filterListingsWithoutLogGroup(harness)).isEqualTo(1);
        }
    }

    @Test
    void doesNotListTheRegionsFiltersWhenTheTrailsLogGroupHasTheRulesFilter() {
        try (ChainHarness harness = new ChainHarness(member(ChainOverHttpTest::completeChain))) {
            assertThat(harness.scan("gsl").get("member").status()).isEqualTo(Verdict.Status.PASS);
            assertThat(filterListingsWithoutLogGroup(harness)).isZero();
            assertThat(harness.simulator.calls().count("DescribeMetricFilters")).isEqualTo(1);
        }
    }

    @Test
    void doesNotSayNoTrailSendsToALogGroupAnotherTrailSendsTo() {
        // Trail second sends to orphan but is not logging, so under cis main's missing filter is the reason given.
        Scenario scenario = filterOnTheWrongLogGroup(a -> a.trail("second", "us-east-1", t -> t.multiRegion(true)
                .logging(false).logGroup("orphan")));

        Verdict verdict = judge(scenario, "cis");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
        assertThat(verdict.reason()).startsWith("log group cloudtrail has no metric filter equivalent")
                .doesNotContain("orphan");
    }

    @Test
    void aDeniedListingOfTheRegionsFiltersLeavesTheFailAsItIs() {
        try (ChainHarness harness = new ChainHarness(filterOnTheWrongLogGroup(a -> { }))) {
            // As under an audit role granted DescribeMetricFilters on named log groups only.
            harness.simulator.faults().denyOperationWithoutResource(MEMBER, "DescribeMetricFilters");

            Verdict verdict = harness.scan("gsl").get("member");

            assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
            assertThat(verdict.reason()).startsWith("log group cloudtrail has no metric filter equivalent to the "
                    + "required pattern (filter cis-1-2 has the pattern published in CIS AWS Foundations Benchmark v1.2.0").doesNotContain("orphan");
            assertThat(filterListingsWithoutLogGroup(harness)).isEqualTo(1);
        }
    }

    @Test
    void passesWhenTheTrailsLogGroupIsInAnotherRegion() {
        Scenario scenario = organization().account(MEMBER, a -> {
            a.name("member").ou("Workloads")
                    .trail("main", "us-east-1", t -> t.multiRegion(true).logGroup("cloudtrail", MEMBER, "eu-west-1"))
                    .logGroup("cloudtrail", "eu-west-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                    .alarm("alarm", "eu-west-1", al -> al.metric("Unauthorized", "CIS").action("alerts"))
                    .topic("alerts", "eu-west-1", t -> t.confirmed("email", "sec@example.com"));
        }).build();
        Verdict verdict = judge(scenario, "gsl");
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
        assertThat(verdict.reason()).contains("log group cloudtrail (" + MEMBER + ", eu-west-1)");
    }

    @Test
    void passesWhenOnlyTheSecondOfTwoTrailsIsComplete() {
        Verdict verdict = judge(member(a -> {
            a.trail("a-first", "us-east-1", t -> t.multiRegion(true));
            completeChain(a);
        }), "gsl");
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASS);
        assertThat(verdict.chain().trailArn()).endsWith(":trail/main");
    }

    @Test
    void cisFailsASingleRegionTrailThatGslAccepts() {
        Scenario scenario = organization().account(MEMBER, a -> {
            a.name("member").ou("Workloads").trail("main", "us-east-1", t -> t.multiRegion(false).logGroup("cloudtrail"));
            completeChain(a);
        }).build();
        assertThat(judge(scenario, "gsl").status()).isEqualTo(Verdict.Status.PASS);
        assertThat(judge(scenario, "cis").reason()).isEqualTo("trail main is not multi-region (the cis profile requires "
                + "a multi-region trail)");
    }

    @Test
    void cisFailsATrailThatIsNotLogging() {
        Scenario scenario = organization().account(MEMBER, a -> {
            a.name("member").ou("Workloads").trail("main", "us-east-1", t -> t.multiRegion(true).logging(false)
                    .logGroup("cloudtrail"));
            completeChain(a);
        }).build();
        assertThat(judge(scenario, "gsl").status()).isEqualTo(Verdict.Status.PASS);
        assertThat(judge(scenario, "cis").reason()).isEqualTo("trail main is not logging");
    }

    @Test
    void cisFailsATrailThatRecordsOnlyWriteManagementEvents() {
        Scenario scenario = organization().account(MEMBER, a -> {
            a.name("member").ou("Workloads").trail("main", "us-east-1", t -> t.multiRegion(true)
                    .eventSelectors(EventSelectors.ADVANCED_WRITE_ONLY).logGroup("cloudtrail"));
            completeChain(a);
        }).build();
        assertThat(judge(scenario, "gsl").status()).isEqualTo(Verdict.Status.PASS);
        assertThat(judge(scenario, "cis").reason()).startsWith("trail main does not record all read and write "
                + "management events: its advanced event selector \"Management events\"");
        assertThat(judge(scenario, "cis").reason()).endsWith(" does not select every management event");
    }

    @Test
    void cisSaysInASentenceWhatABasicSelectorRecords() {
        for (EventSelectors selectors : new EventSelectors[] {EventSelectors.BASIC_WRITE_ONLY,
            EventSelectors.BASIC_READ_ONLY, EventSelectors.BASIC_NO_MANAGEMENT}) {
            Scenario scenario = organization().account(MEMBER, a -> {
                a.name("member").ou("Workloads").trail("main", "us-east-1", t -> t.multiRegion(true)
                        .eventSelectors(selectors).logGroup("cloudtrail"));
                completeChain(a);
            }).build();
            String records = switch (selectors) {
                case BASIC_WRITE_ONLY -> "write-only management events";
                case BASIC_READ_ONLY -> "read-only management events";
                default -> "data events only";
            };
            assertThat(judge(scenario, "cis").reason()).isEqualTo("trail main does not record all read and write "
                    + "management events: its event selector records " + records);
        }
    }

    @Test
    void cisAcceptsAdvancedEventSelectorsForAllManagementEvents() {
        Scenario scenario = organization().account(MEMBER, a -> {
            a.name("member").ou("Workloads").trail("main", "us-east-1", t -> t.multiRegion(true)
                    .eventSelectors(EventSelectors.ADVANCED).logGroup("cloudtrail"));
            completeChain(a);
        }).build();
        assertThat(judge(scenario, "cis").status()).isEqualTo(Verdict.Status.PASS);
    }

    @Test
    void cisFailsAnAlarmWhoseActionsAreDisabled() {
        Verdict gsl = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").actionsEnabled(false).action("alerts"))
                .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"))), "gsl");
        Verdict cis = judge(member(a -> a
                .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").actionsEnabled(false).action("alerts"))
                .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"))), "cis");
        assertThat(gsl.status()).isEqualTo(Verdict.Status.PASS);
        assertThat(cis.reason()).isEqualTo("alarm alarm has its actions disabled");
    }

    @Test
    void anUnreadableRegionMakesTheAccountErrorNotFail() {
        Scenario scenario = organization().account(MEMBER, a -> a.name("member").ou("Workloads")
                .trail("s3-only", "us-east-1", t -> t.multiRegion(true))).build();
        try (ChainHarness harness = new ChainHarness(scenario)) {
            harness.simulator.faults().failRegion("eu-west-1");
            Verdict verdict = harness.scan("gsl").get("member");
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.reason()).startsWith("evidence could not be read in eu-west-1: cloudtrail:DescribeTrails failed");
        }
    }

    @Test
    void throttlingIsRetriedAndNeverBecomesAVerdict() {
        try (ChainHarness harness = new ChainHarness(member(ChainOverHttpTest::completeChain))) {
            harness.simulator.faults().throttle("DescribeMetricFilters", 2).throttle("DescribeTrails", 2);
            assertThat(harness.scan("gsl").get("member").status()).isEqualTo(Verdict.Status.PASS);
            assertThat(harness.simulator.calls().count("DescribeMetricFilters")).isEqualTo(3);
        }
    }

    /** An organization trail in the management account, its log group in a log-archive account. */
    private static Scenario organizationTrail(boolean logArchiveComplete) {
        return organization()
                .account(MANAGEMENT, a -> a.name("management").email("root@example.com")
                        .trail("org-trail", "us-east-1", t -> t.multiRegion(true).organizationTrail(true)
                                .logGroup("org-cloudtrail", LOG_ARCHIVE, "us-east-1")))
                .account(LOG_ARCHIVE, a -> {
                    a.name("log-archive").ou("Infrastructure");
                    if (logArchiveComplete) {
                        a.logGroup("org-cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", REFERENCE, "Unauthorized", "CIS"))
                                .alarm("alarm", "us-east-1", al -> al.metric("Unauthorized", "CIS").action("alerts"))
                                .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com"));
                    }
                })
                .account(MEMBER, a -> a.name("member").ou("Workloads"))
                .account("444444444444", a -> a.name("member-2").ou("Workloads"))
                .build();
    }

    @Test
    void membersPassThroughTheOrganizationTrailAndItsLogGroupIsReadOncePerRun() {
        try (ChainHarness harness = new ChainHarness(organizationTrail(true))) {
            Map<String, Verdict> verdicts = harness.scan("gsl");
            assertThat(verdicts.values()).extracting(Verdict::status).containsOnly(Verdict.Status.PASS);
            assertThat(verdicts.get("member").reason()).startsWith("organization trail org-trail -> log group "
                    + "org-cloudtrail (" + LOG_ARCHIVE + ", us-east-1)");
            // 4 accounts x 2 regions see the trail; its log group and topic are read once.
            assertThat(harness.simulator.calls().count("DescribeMetricFilters")).isEqualTo(1);
            assertThat(harness.simulator.calls().count("ListSubscriptionsByTopic")).isEqualTo(1);
            harness.scan("gsl");
            assertThat(harness.simulator.calls().count("DescribeMetricFilters")).isEqualTo(2);
        }
    }

    @Test
    void gslReadsNoTrailSettingsAndCisReadsTheOrganizationTrailsAsItsOwner() {
        try (ChainHarness harness = new ChainHarness(organizationTrail(true))) {
            assertThat(harness.scan("gsl").values()).extracting(Verdict::status).containsOnly(Verdict.Status.PASS);
            assertThat(harness.simulator.calls().count("GetTrailStatus")).isZero();
            assertThat(harness.simulator.calls().count("GetEventSelectors")).isZero();

            harness.simulator.calls().reset();
            assertThat(harness.scan("cis").values()).extracting(Verdict::status).containsOnly(Verdict.Status.PASS);
            // Once per run, as the management account: CloudTrail refuses a member the organization trail's status.
            for (String operation : List.of("GetTrailStatus", "GetEventSelectors")) {
                assertThat(harness.simulator.calls().count(operation)).isEqualTo(1);
                assertThat(harness.simulator.calls().count(operation, MANAGEMENT)).isEqualTo(1);
            }
        }
    }

    @Test
    void membersAreErrorWhenTheOrganizationTrailsLogGroupCannotBeRead() {
        try (ChainHarness harness = new ChainHarness(organizationTrail(true))) {
            harness.simulator.faults().denyAssumeRole(LOG_ARCHIVE);
            Verdict verdict = harness.scan("gsl").get("member");
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.reason()).startsWith("log group org-cloudtrail (account " + LOG_ARCHIVE
                    + ", us-east-1), named by trail org-trail, could not be read: the audit role cannot be assumed");
        }
    }

    @Test
    void membersFailWhenTheOrganizationTrailsLogGroupHasNoFilter() {
        try (ChainHarness harness = new ChainHarness(organizationTrail(false))) {
            Verdict verdict = harness.scan("gsl").get("member");
            assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
            assertThat(verdict.reason()).contains("org-cloudtrail");
        }
    }
}
