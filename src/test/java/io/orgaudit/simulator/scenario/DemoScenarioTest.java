package io.orgaudit.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

public class DemoScenarioTest {

    /** The seed's reference pattern for D9.AWS.MON.01, verbatim. */
    public static final String REFERENCE = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) && "
            + "(($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";

    private final Scenario demo = Scenario.demo();

    @Test
    void hasAtLeastThirtyAccountsInAtLeastThreeOus() {
        assertThat(demo.accounts()).hasSizeGreaterThanOrEqualTo(31);
        assertThat(demo.ouPaths()).contains("Security", "Workloads", "Workloads/Prod", "Workloads/Dev", "Sandbox");
        assertThat(demo.accounts().stream().map(SimAccount::ouPath).filter(ou -> !ou.isEmpty()).distinct().count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void describesTheOrganizationAsAgreed() {
        assertThat(demo.organizationId()).isEqualTo("o-demo1234567");
        assertThat(demo.managementAccountId()).isEqualTo("111111111111");
        assertThat(demo.auditRoleName()).isEqualTo("OrgAuditReadOnly");
        assertThat(demo.externalId()).isEmpty();
        assertThat(demo.defaultRegions()).containsExactly("us-east-1", "us-west-2", "eu-west-1");
    }

    @Test
    void everyAccountDocumentsItsExpectedVerdictAndWhy() {
        assertThat(demo.accounts()).allSatisfy(account -> {
            assertThat(account.expected()).as(account.id()).isPresent();
            assertThat(account.expected().get().why()).as(account.id()).isNotBlank();
        });
        Map<ExpectedVerdict.Outcome, Long> verdicts = demo.accounts().stream()
                .collect(Collectors.groupingBy(a -> a.expected().orElseThrow().verdict(), Collectors.counting()));
        assertThat(verdicts.keySet()).containsExactlyInAnyOrder(ExpectedVerdict.Outcome.values());
        assertThat(verdicts.get(ExpectedVerdict.Outcome.FAIL)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theWorkloadsOuPassesThroughTheOrganizationTrailExceptTheAccountWithoutTheRole() {
        var workloads = demo.accounts().stream().filter(a -> a.ouPath().startsWith("Workloads/")).toList();
        assertThat(workloads).hasSizeGreaterThanOrEqualTo(15);
        assertThat(workloads).filteredOn(a -> a.expected().orElseThrow().verdict() == ExpectedVerdict.Outcome.PASS)
                .hasSizeGreaterThanOrEqualTo(14);
        assertThat(workloads).filteredOn(a -> a.expected().orElseThrow().verdict() == ExpectedVerdict.Outcome.ERROR)
                .singleElement().satisfies(a -> assertThat(a.auditRoleDeployed()).isFalse());
        assertThat(demo.accounts()).filteredOn(a -> !a.auditRoleDeployed()).hasSize(1);
    }

    @Test
    void managementAccountOwnsAMultiRegionOrganizationTrailWithTheReferenceChain() {
        SimTrail trail = demo.organizationTrails().stream().filter(t -> t.name().equals("org-trail")).findFirst().orElseThrow();
        assertThat(trail.homeRegion()).isEqualTo("us-east-1");
        assertThat(trail.multiRegion()).isTrue();
        assertThat(trail.appliesToOus()).containsExactly("Workloads");
        assertThat(trail.logGroup()).contains(new LogGroupRef("111111111111", "us-east-1", "aws-cloudtrail-logs-org"));
        SimAccount management = demo.managementAccount();
        SimLogGroup group = management.logGroup("us-east-1", "aws-cloudtrail-logs-org").orElseThrow();
        assertThat(group.metricFilters()).singleElement().isEqualTo(
                new SimMetricFilter("UnauthorizedAPICalls", REFERENCE, "UnauthorizedAPICalls", "CISBenchmark"));
        assertThat(management.alarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.metricName()).isEqualTo("UnauthorizedAPICalls");
            assertThat(alarm.namespace()).isEqualTo("CISBenchmark");
            assertThat(alarm.actionsEnabled()).isTrue();
            assertThat(alarm.alarmActions()).containsExactly("arn:aws:sns:us-east-1:111111111111:security-alerts");
        });
        assertThat(management.topic("us-east-1", "security-alerts").orElseThrow().subscriptions())
                .extracting(SimSubscription::confirmed).containsExactly(true, false);
    }

    @Test
    void sandboxHasOneAccountPerBrokenLinkAndTheLessUsualPasses() {
        Map<String, SimAccount> byName = demo.accounts().stream().collect(Collectors.toMap(SimAccount::name, Function.identity()));
        assertThat(byName.keySet()).contains("sandbox-no-trail", "sandbox-trail-no-logs", "sandbox-cis12", "sandbox-cis13",
                "sandbox-cis20", "sandbox-no-alarm", "sandbox-alarm-no-sns", "sandbox-pending-only",
                "sandbox-alarm-other-metric", "sandbox-orphan-filter", "sandbox-cross-region-logs", "sandbox-two-trails",
                "sandbox-suspended", "sandbox-cross-account-topic", "log-archive", "security-tooling");
        assertThat(byName.get("sandbox-suspended").status()).isEqualTo("SUSPENDED");
        assertThat(byName.get("sandbox-cross-region-logs").trails().get(0).logGroup().orElseThrow().region()).isEqualTo("eu-west-1");
        assertThat(byName.get("sandbox-cross-account-topic").alarms().get(0).alarmActions())
                .containsExactly("arn:aws:sns:us-east-1:222222222201:org-security-alerts");
        Set<String> accountIds = demo.accounts().stream().map(SimAccount::id).collect(Collectors.toSet());
        assertThat(accountIds).hasSize(demo.accounts().size());
    }

    @Test
    void theYamlDocumentsTheAppliesToOusDemoDevice() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Scenario.DEMO_RESOURCE)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains("DEMO DEVICE").contains("appliesToOus: [Workloads]");
        }
    }
}
