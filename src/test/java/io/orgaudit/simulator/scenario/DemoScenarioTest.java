package io.orgaudit.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

public class DemoScenarioTest {

    /** The seed's reference pattern for D9.AWS.MON.01, verbatim. */
    public static final String REFERENCE = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) && "
            + "(($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";

    /** The 15 rules of the CIS monitoring family, in control order (ids FINAL, issue 16). */
    public static final List<String> FAMILY = List.of("D9.AWS.MON.01", "ORGAUDIT.MON.02", "ORGAUDIT.MON.03",
            "D9.AWS.MON.04", "ORGAUDIT.MON.05", "ORGAUDIT.MON.06", "ORGAUDIT.MON.07", "ORGAUDIT.MON.08",
            "ORGAUDIT.MON.09", "ORGAUDIT.MON.10", "ORGAUDIT.MON.11", "ORGAUDIT.MON.12", "ORGAUDIT.MON.13",
            "ORGAUDIT.MON.14", "ORGAUDIT.MON.15");

    /**
     * Each rule's reference pattern, verbatim as the demo uses it where an account is compliant (from
     * rules/&lt;id&gt;.yaml, parameters.referencePattern), by rule id in {@link #FAMILY} order.
     */
    public static final Map<String, String> REFERENCES = references();

    private final Scenario demo = Scenario.demo();

    private static Map<String, String> references() {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("D9.AWS.MON.01", REFERENCE);
        patterns.put("ORGAUDIT.MON.02", "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }");
        patterns.put("ORGAUDIT.MON.03", "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && "
                + "$.eventType != \"AwsServiceEvent\" }");
        patterns.put("D9.AWS.MON.04", "{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||"
                + "($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||"
                + "($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||"
                + "($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||"
                + "($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||"
                + "($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}");
        patterns.put("ORGAUDIT.MON.05", "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || "
                + "($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }");
        patterns.put("ORGAUDIT.MON.06", "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }");
        patterns.put("ORGAUDIT.MON.07", "{($.eventSource = kms.amazonaws.com) && "
                + "(($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }");
        patterns.put("ORGAUDIT.MON.08", "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || "
                + "($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || "
                + "($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || "
                + "($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || "
                + "($.eventName = DeleteBucketReplication)) }");
        patterns.put("ORGAUDIT.MON.09", "{ ($.eventSource = config.amazonaws.com) && "
                + "(($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||"
                + "($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }");
        patterns.put("ORGAUDIT.MON.10", "{ ($.eventName = AuthorizeSecurityGroupIngress) || "
                + "($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || "
                + "($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || "
                + "($.eventName = DeleteSecurityGroup) }");
        patterns.put("ORGAUDIT.MON.11", "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || "
                + "($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || "
                + "($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }");
        patterns.put("ORGAUDIT.MON.12", "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || "
                + "($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || "
                + "($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }");
        patterns.put("ORGAUDIT.MON.13", "{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || "
                + "($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || "
                + "($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }");
        patterns.put("ORGAUDIT.MON.14", "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || "
                + "($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || "
                + "($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || "
                + "($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || "
                + "($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || "
                + "($.eventName = EnableVpcClassicLink) }");
        patterns.put("ORGAUDIT.MON.15", "{ ($.eventSource = organizations.amazonaws.com) && "
                + "(($.eventName = \"AcceptHandshake\") || ($.eventName = \"AttachPolicy\") || "
                + "($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || "
                + "($.eventName = \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || "
                + "($.eventName = \"DeleteOrganization\") || ($.eventName = \"DeleteOrganizationalUnit\") || "
                + "($.eventName = \"DeletePolicy\") || ($.eventName = \"DetachPolicy\") || "
                + "($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") || "
                + "($.eventName = \"InviteAccountToOrganization\") || ($.eventName = \"LeaveOrganization\") || "
                + "($.eventName = \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || "
                + "($.eventName = \"UpdatePolicy\") || ($.eventName = \"UpdateOrganizationalUnit\")) }");
        return java.util.Collections.unmodifiableMap(patterns);
    }

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
        assertThat(group.metricFilters()).first().isEqualTo(
                new SimMetricFilter("UnauthorizedAPICalls", REFERENCE, "UnauthorizedAPICalls", "CISBenchmark"));
        assertThat(group.metricFilters()).hasSize(15);
        assertThat(group.metricFilters()).extracting(SimMetricFilter::pattern)
                .containsExactlyElementsOf(REFERENCES.values());
        assertThat(group.metricFilters()).extracting(SimMetricFilter::metricName).doesNotHaveDuplicates();
        assertThat(management.alarms()).hasSize(15).allSatisfy(alarm -> {
            assertThat(alarm.region()).isEqualTo("us-east-1");
            assertThat(alarm.namespace()).isEqualTo("CISBenchmark");
            assertThat(alarm.actionsEnabled()).isTrue();
            assertThat(alarm.alarmActions()).containsExactly("arn:aws:sns:us-east-1:111111111111:security-alerts");
        });
        assertThat(management.alarms()).extracting(SimAlarm::metricName)
                .containsExactlyInAnyOrderElementsOf(group.metricFilters().stream().map(SimMetricFilter::metricName).toList());
        assertThat(management.alarms().get(0).name()).isEqualTo("unauthorized-api-calls");
        assertThat(management.alarms().get(0).metricName()).isEqualTo("UnauthorizedAPICalls");
        assertThat(management.topic("us-east-1", "security-alerts").orElseThrow().subscriptions())
                .extracting(SimSubscription::confirmed).containsExactly(true, false);
    }

    @Test
    void sandboxHasOneAccountPerBrokenLinkAndTheLessUsualPasses() {
        Map<String, SimAccount> byName = demo.accounts().stream().collect(Collectors.toMap(SimAccount::name, Function.identity()));
        assertThat(byName.keySet()).contains("sandbox-no-trail", "sandbox-trail-no-logs", "sandbox-cis12", "sandbox-cis13",
                "sandbox-cis20", "sandbox-no-alarm", "sandbox-alarm-no-sns", "sandbox-pending-only",
                "sandbox-alarm-other-metric", "sandbox-orphan-filter", "sandbox-cross-region-logs", "sandbox-two-trails",
                "sandbox-suspended", "sandbox-cross-account-topic", "log-archive", "security-tooling",
                "sandbox-family-gaps");
        assertThat(byName.get("sandbox-suspended").status()).isEqualTo("SUSPENDED");
        assertThat(byName.get("sandbox-cross-region-logs").trails().get(0).logGroup().orElseThrow().region()).isEqualTo("eu-west-1");
        assertThat(byName.get("sandbox-cross-account-topic").alarms().get(0).alarmActions())
                .containsExactly("arn:aws:sns:us-east-1:222222222201:org-security-alerts");
        Set<String> accountIds = demo.accounts().stream().map(SimAccount::id).collect(Collectors.toSet());
        assertThat(accountIds).hasSize(demo.accounts().size());
    }

    @Test
    void everyAccountStatesAnExpectationForEveryRuleOfTheFamily() {
        assertThat(demo.accounts()).allSatisfy(account -> assertThat(FAMILY).allSatisfy(rule -> {
            assertThat(account.expectedFor(rule)).as("%s %s", account.name(), rule).isPresent();
            assertThat(account.expectedFor(rule).get().why()).as("%s %s", account.name(), rule).isNotBlank();
        }));
        assertThat(demo.accounts()).allSatisfy(account -> {
            assertThat(account.expectedFor(ExpectedVerdict.SEED_RULE)).isEqualTo(account.expected());
            assertThat(FAMILY).containsAll(account.expectedByRule().keySet());
        });
        // An account that is ERROR or SKIPPED is so for every rule.
        assertThat(demo.accounts()).filteredOn(a -> a.expected().orElseThrow().verdict() == ExpectedVerdict.Outcome.ERROR
                || a.expected().orElseThrow().verdict() == ExpectedVerdict.Outcome.SKIPPED).isNotEmpty()
                .allSatisfy(account -> assertThat(FAMILY).allSatisfy(rule -> assertThat(account.expectedFor(rule))
                        .isEqualTo(account.expected())));
    }

    @Test
    void theWorkloadsAccountsPassEveryRuleThroughTheOrganizationTrail() {
        var covered = demo.accounts().stream().filter(a -> a.ouPath().startsWith("Workloads/") && a.auditRoleDeployed()).toList();
        assertThat(covered).hasSizeGreaterThanOrEqualTo(14).allSatisfy(account -> assertThat(FAMILY)
                .allSatisfy(rule -> assertThat(account.expectedFor(rule).orElseThrow().verdict()).as("%s %s", account.name(), rule)
                        .isEqualTo(ExpectedVerdict.Outcome.PASS)));
        assertThat(covered).allSatisfy(account -> assertThat(account.logGroups()).as(account.name()).isEmpty());
    }

    @Test
    void showsTheFamilyPathsTheHeaderPromises() {
        Map<String, SimAccount> byName = demo.accounts().stream().collect(Collectors.toMap(SimAccount::name, Function.identity()));
        // Passes only the seed's rule: its own chain has just that filter.
        SimAccount onlySeed = byName.get("log-archive");
        assertThat(onlySeed.logGroups()).singleElement().satisfies(group -> assertThat(group.metricFilters()).hasSize(1));
        assertThat(verdicts(onlySeed)).containsEntry("D9.AWS.MON.01", "PASS");
        assertThat(verdicts(onlySeed).entrySet()).filteredOn(e -> !e.getKey().equals("D9.AWS.MON.01"))
                .allSatisfy(e -> assertThat(e.getValue()).isEqualTo("FAIL"));
        assertThat(verdicts(byName.get("security-tooling")).values()).containsOnly("PASS");

        // Set up by CIS v1.2.0: the seed's two-clause form next to the current forms of 3.2-3.14, no Organizations filter.
        SimAccount cis12 = byName.get("sandbox-cis12");
        List<SimMetricFilter> filters = cis12.logGroups().get(0).metricFilters();
        assertThat(filters).hasSize(14);
        assertThat(filters.get(0).pattern()).isEqualTo("{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }");
        assertThat(filters.subList(1, 14)).extracting(SimMetricFilter::pattern)
                .containsExactlyElementsOf(REFERENCES.values().stream().skip(1).limit(13).toList());
        assertThat(cis12.alarms()).hasSize(14);
        assertThat(verdicts(cis12)).containsEntry("D9.AWS.MON.01", "FAIL").containsEntry("ORGAUDIT.MON.13", "PASS")
                .containsEntry("ORGAUDIT.MON.15", "FAIL").containsEntry("ORGAUDIT.MON.02", "PASS");

        // The seed passes; family rules break at the filter, the alarm and the topic.
        SimAccount gaps = byName.get("sandbox-family-gaps");
        assertThat(gaps.logGroups().get(0).metricFilters()).hasSize(15);
        assertThat(gaps.logGroups().get(0).metricFilters()).filteredOn(f -> f.name().equals("RouteTableChanges"))
                .singleElement().satisfies(f -> assertThat(f.pattern()).startsWith("{($.eventSource = ec2.amazonaws.com) && ")
                        .isNotEqualTo(REFERENCES.get("ORGAUDIT.MON.13")));
        assertThat(gaps.alarms()).extracting(SimAlarm::metricName).hasSize(14).doesNotContain("RootAccountUsageCount");
        assertThat(gaps.alarms()).filteredOn(a -> a.metricName().equals("CloudTrailEventCount")).singleElement()
                .satisfies(a -> assertThat(a.alarmActions()).containsExactly("arn:aws:sns:us-east-1:444444444415:audit-pending"));
        assertThat(gaps.topic("us-east-1", "audit-pending").orElseThrow().subscriptions())
                .extracting(SimSubscription::confirmed).containsExactly(false);
        assertThat(verdicts(gaps)).containsEntry("D9.AWS.MON.01", "PASS").containsEntry("ORGAUDIT.MON.03", "FAIL")
                .containsEntry("ORGAUDIT.MON.05", "FAIL").containsEntry("ORGAUDIT.MON.13", "FAIL")
                .containsEntry("ORGAUDIT.MON.02", "PASS");
        assertThat(verdicts(gaps).values()).filteredOn("FAIL"::equals).hasSize(3);

        // Accounts that FAIL the seed's rule carry no filter that resembles its pattern, but the one they had.
        assertThat(demo.accounts()).filteredOn(a -> a.expected().orElseThrow().verdict() == ExpectedVerdict.Outcome.FAIL)
                .allSatisfy(account -> assertThat(account.logGroups().stream().flatMap(g -> g.metricFilters().stream())
                        .filter(f -> f.pattern().contains("errorCode")).count()).as(account.name()).isLessThanOrEqualTo(1));
    }

    /** The demo's patterns are the rule files' reference patterns, where the rule files are on the classpath. */
    @Test
    void theReferencePatternsAreTheRuleFilesOnes() throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        int read = 0;
        for (String rule : FAMILY) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("rules/" + rule + ".yaml")) {
                if (in == null) {
                    continue;
                }
                JsonNode file = yaml.readTree(in);
                assertThat(file.path("parameters").path("referencePattern").asString()).as(rule)
                        .isEqualTo(REFERENCES.get(rule));
                read++;
            }
        }
        Assumptions.assumeTrue(read > 0, "no rule file on the classpath");
    }

    private static Map<String, String> verdicts(SimAccount account) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        FAMILY.forEach(rule -> verdicts.put(rule, account.expectedFor(rule).orElseThrow().verdict().name()));
        return verdicts;
    }

    @Test
    void theYamlDocumentsTheAppliesToOusDemoDevice() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Scenario.DEMO_RESOURCE)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains("DEMO DEVICE").contains("appliesToOus: [Workloads]");
            assertThat(yaml).contains("expectedOthers", "expectedByRule", "filterSets", "include");
            FAMILY.forEach(rule -> assertThat(yaml).as("the header lists %s", rule).contains(rule));
        }
    }
}
