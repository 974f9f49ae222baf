package io.orgaudit.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgaudit.failure.Failure;
import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioBuilder;

/**
 * Each class of failure, injected in the simulator, ends as the right verdict with a reason and a hint an operator
 * can act on; throttling is retried and never becomes a verdict; a region the account never enabled is skipped.
 */
class ErrorClassesTest {

    static final String MEMBER = "222222222222";
    static final String REFERENCE = ChainHarness.RULE.parameter("referencePattern");

    private static ScenarioBuilder organization() {
        return Scenario.builder().organizationId("o-test123456").managementAccount("111111111111")
                .auditRoleName("OrgAuditReadOnly").defaultRegions("us-east-1").ou("Workloads")
                .account("111111111111", a -> a.name("management"))
                .account(MEMBER, a -> a.name("member").ou("Workloads")
                        .trail("main", "us-east-1", t -> t.multiRegion(true).logGroup("cloudtrail"))
                        .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("u", REFERENCE, "U", "CIS"))
                        .alarm("alarm", "us-east-1", al -> al.metric("U", "CIS").action("alerts"))
                        .topic("alerts", "us-east-1", t -> t.confirmed("email", "sec@example.com")));
    }

    private static Verdict member(ChainHarness harness) {
        return harness.scan("gsl").get("member");
    }

    @Test
    void aRoleThatCannotBeAssumedIsErrorWithATrustPolicyHint() {
        try (ChainHarness harness = new ChainHarness(organization().build())) {
            harness.simulator.faults().denyAssumeRole(MEMBER);
            Verdict verdict = member(harness);
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.reason()).startsWith("the audit role cannot be assumed: sts:AssumeRole failed: AccessDenied");
            assertThat(verdict.failure().kind()).isEqualTo(Failure.Kind.ROLE_NOT_ASSUMABLE);
            assertThat(verdict.failure().hint()).contains("trust policy", "external id", "service control policy");
        }
    }

    @Test
    void aWrongExternalIdIsARoleThatCannotBeAssumed() {
        Scenario scenario = organization().externalId("expected-external-id").build();
        try (ChainHarness harness = new ChainHarness(scenario, List.of(), "wrong-id", Duration.ofSeconds(5), 2)) {
            Verdict verdict = member(harness);
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.failure().kind()).isEqualTo(Failure.Kind.ROLE_NOT_ASSUMABLE);
        }
        try (ChainHarness harness = new ChainHarness(scenario, List.of(), "expected-external-id",
                Duration.ofSeconds(5), 2)) {
            assertThat(member(harness).status()).isEqualTo(Verdict.Status.PASS);
        }
    }

    @Test
    void aMissingReadPermissionIsErrorNamingTheIamAction() {
        try (ChainHarness harness = new ChainHarness(organization().build())) {
            harness.simulator.faults().denyOperation(MEMBER, "DescribeMetricFilters");
            Verdict verdict = member(harness);
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.reason()).contains("could not be read: logs:DescribeMetricFilters failed: AccessDeniedException");
            assertThat(verdict.failure().hint()).startsWith("The audit role lacks logs:DescribeMetricFilters");
        }
    }

    @Test
    void aFailingRegionIsErrorAfterRetries() {
        try (ChainHarness harness = new ChainHarness(organization().build(), List.of(), null, Duration.ofSeconds(5), 2)) {
            harness.simulator.faults().failRegion("us-east-1");
            Verdict verdict = member(harness);
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.failure().kind()).isEqualTo(Failure.Kind.UNAVAILABLE);
            assertThat(verdict.failure().hint()).contains("rerun the failed accounts");
            // The regions are listed through us-east-1, so the listing is what failed, not a region's evidence.
            assertThat(verdict.reason()).startsWith("the account's regions could not be listed: account:ListRegions "
                    + "failed: ServiceUnavailable");
        }
    }

    @Test
    void aCallThatDoesNotAnswerInTimeIsErrorWithATimeout() {
        try (ChainHarness harness = new ChainHarness(organization().build(), List.of(), null,
                Duration.ofMillis(150), 2)) {
            harness.simulator.faults().latency(Duration.ofMillis(400));
            Verdict verdict = member(harness);
            assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
            assertThat(verdict.failure().kind()).isEqualTo(Failure.Kind.TIMEOUT);
            assertThat(verdict.failure().code()).isEqualTo("Timeout");
        }
    }

    @Test
    void throttlingIsRetriedAndTheVerdictIsUnaffected() {
        try (ChainHarness harness = new ChainHarness(organization().build())) {
            harness.simulator.faults().throttle("DescribeTrails", 2).throttle("DescribeAlarmsForMetric", 2)
                    .throttle("ListSubscriptionsByTopic", 2).throttle("AssumeRole", 2);
            assertThat(member(harness).status()).isEqualTo(Verdict.Status.PASS);
        }
    }

    @Test
    void aConfiguredRegionTheAccountNeverEnabledIsSkippedWithANoteNotAnError() {
        Scenario scenario = organization().account(MEMBER, a -> a.clearResources()
                .trail("s3-only", "us-east-1", t -> t.multiRegion(true))).build();
        try (ChainHarness harness = new ChainHarness(scenario, List.of("us-east-1", "eu-south-1"), null,
                Duration.ofSeconds(5), 2)) {
            Verdict verdict = member(harness);
            assertThat(verdict.status()).isEqualTo(Verdict.Status.FAIL);
            assertThat(verdict.reason()).isEqualTo("no trail sends to CloudWatch Logs (trails: s3-only) "
                    + "(regions not enabled in this account, skipped: eu-south-1)");
        }
    }
}
