package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.model.RegionOptStatus;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.sts.model.StsException;

import io.orgaudit.simulator.scenario.DemoScenarioTest;
import io.orgaudit.simulator.scenario.ExpectedVerdict;
import io.orgaudit.simulator.scenario.ExpectedVerdict.Outcome;
import io.orgaudit.simulator.scenario.Scenario;

/**
 * Walks the chain of every demo account over the wire with the real SDK, as orgaudit's collector would, for each
 * of the 15 rules of the family, and checks that the simulator serves what each account's expectation for that rule
 * ({@code SimAccount.expectedFor}) documents. Pattern equivalence is not this package's business: the walker
 * accepts each rule's reference pattern verbatim, for D9.AWS.MON.01 also the demo's one re-formatted variant
 * (log-archive's), and nothing else.
 */
class DemoChainOverTheWireTest {

    @Test
    void everyDemoAccountYieldsItsDocumentedVerdict() {
        Scenario demo = Scenario.demo();
        Set<String> equivalent = Set.of(DemoScenarioTest.REFERENCE,
                demo.account("222222222202").orElseThrow().logGroups().get(0).metricFilters().get(0).pattern());
        Map<String, String> mismatches = new LinkedHashMap<>();
        try (SimulatedAws sim = SimulatedAws.start(demo); SdkClients sdk = new SdkClients(sim)) {
            Walker walker = new Walker(sdk, equivalent);
            List<Account> accounts = accounts(sdk);
            assertThat(accounts).hasSize(demo.accounts().size());
            for (Account account : accounts) {
                Outcome actual = walker.verdict(account);
                ExpectedVerdict expected = demo.account(account.id()).orElseThrow().expected().orElseThrow();
                if (actual != expected.verdict()) {
                    mismatches.put(account.id() + " " + account.name(), "expected " + expected.verdict() + " (" + expected.why()
                            + ") but the wire says " + actual);
                }
            }
            assertThat(sim.calls().count("AssumeRole")).as("once per active member; the hub is the management account")
                    .isEqualTo(accounts.size() - 2);
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyDemoAccountYieldsItsDocumentedVerdictForEveryRuleOfTheFamily() {
        Scenario demo = Scenario.demo();
        String logArchive = demo.account("222222222202").orElseThrow().logGroups().get(0).metricFilters().get(0).pattern();
        Map<String, String> mismatches = new LinkedHashMap<>();
        try (SimulatedAws sim = SimulatedAws.start(demo); SdkClients sdk = new SdkClients(sim)) {
            List<Account> accounts = accounts(sdk);
            for (String rule : DemoScenarioTest.FAMILY) {
                Set<String> equivalent = rule.equals(ExpectedVerdict.SEED_RULE)
                        ? Set.of(DemoScenarioTest.REFERENCE, logArchive) : Set.of(DemoScenarioTest.REFERENCES.get(rule));
                Walker walker = new Walker(sdk, equivalent);
                for (Account account : accounts) {
                    Outcome actual = walker.verdict(account);
                    ExpectedVerdict expected = demo.account(account.id()).orElseThrow().expectedFor(rule).orElseThrow();
                    if (actual != expected.verdict()) {
                        mismatches.put(rule + " " + account.id() + " " + account.name(), "expected " + expected.verdict()
                                + " (" + expected.why() + ") but the wire says " + actual);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static List<Account> accounts(SdkClients sdk) {
        try (var organizations = sdk.organizations(sdk.hub())) {
            return organizations.listAccountsPaginator().stream().flatMap(page -> page.accounts().stream()).toList();
        }
    }

    /** A deliberately plain walk of the gsl chain: trail -> log group -> filter -> alarm -> topic -> confirmed subscriber. */
    private static final class Walker {

        private final SdkClients sdk;
        private final Set<String> equivalentPatterns;
        private final Map<String, AwsCredentialsProvider> credentials = new HashMap<>();

        Walker(SdkClients sdk, Set<String> equivalentPatterns) {
            this.sdk = sdk;
            this.equivalentPatterns = equivalentPatterns;
        }

        Outcome verdict(Account account) {
            if (!account.statusAsString().equals("ACTIVE")) {
                return Outcome.SKIPPED;
            }
            try {
                AwsCredentialsProvider self = credentialsOf(account.id());
                for (Trail trail : trails(self)) {
                    if (trail.cloudWatchLogsLogGroupArn() != null && chainComplete(trail.cloudWatchLogsLogGroupArn())) {
                        return Outcome.PASS;
                    }
                }
                return Outcome.FAIL;
            } catch (StsException e) {
                return Outcome.ERROR;
            }
        }

        private List<Trail> trails(AwsCredentialsProvider self) {
            Map<String, Trail> byArn = new LinkedHashMap<>();
            List<String> regions;
            try (var account = sdk.account(self)) {
                regions = account.listRegionsPaginator(r -> r.regionOptStatusContains(RegionOptStatus.ENABLED,
                        RegionOptStatus.ENABLED_BY_DEFAULT)).regions().stream().map(region -> region.regionName()).toList();
            }
            for (String region : regions) {
                try (var cloudTrail = sdk.cloudTrail(self, Region.of(region))) {
                    cloudTrail.describeTrails(r -> r.includeShadowTrails(true)).trailList()
                            .forEach(trail -> byArn.putIfAbsent(trail.trailARN(), trail));
                }
            }
            return new ArrayList<>(byArn.values());
        }

        /** arn:aws:logs:REGION:ACCOUNT:log-group:NAME:* */
        private boolean chainComplete(String logGroupArn) {
            String[] parts = logGroupArn.split(":");
            Region region = Region.of(parts[3]);
            AwsCredentialsProvider owner = credentialsOf(parts[4]);
            String name = logGroupArn.substring(logGroupArn.indexOf(":log-group:") + 11, logGroupArn.length() - 2);
            List<MetricFilter> filters;
            try (var logs = sdk.logs(owner, region)) {
                filters = logs.describeMetricFiltersPaginator(r -> r.logGroupName(name)).metricFilters().stream().toList();
            } catch (ResourceNotFoundException e) {
                return false;
            }
            for (MetricFilter filter : filters) {
                if (!equivalentPatterns.contains(filter.filterPattern())) {
                    continue;
                }
                var transformation = filter.metricTransformations().get(0);
                List<MetricAlarm> alarms;
                try (var cloudWatch = sdk.cloudWatch(owner, region)) {
                    alarms = cloudWatch.describeAlarmsForMetric(r -> r.metricName(transformation.metricName())
                            .namespace(transformation.metricNamespace())).metricAlarms();
                }
                for (MetricAlarm alarm : alarms) {
                    for (String action : alarm.alarmActions()) {
                        if (action.startsWith("arn:aws:sns:") && hasConfirmedSubscriber(action)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean hasConfirmedSubscriber(String topicArn) {
            String[] parts = topicArn.split(":");
            try (var sns = sdk.sns(credentialsOf(parts[4]), Region.of(parts[3]))) {
                return sns.listSubscriptionsByTopicPaginator(r -> r.topicArn(topicArn)).subscriptions().stream()
                        .anyMatch(subscription -> !subscription.subscriptionArn().equals("PendingConfirmation"));
            }
        }

        private AwsCredentialsProvider credentialsOf(String accountId) {
            return credentials.computeIfAbsent(accountId, id -> id.equals("111111111111") ? sdk.hub() : sdk.assume(id));
        }
    }
}
