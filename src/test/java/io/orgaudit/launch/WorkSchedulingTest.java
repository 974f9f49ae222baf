package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.scenario.AccountBuilder;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioBuilder;
import io.orgaudit.simulator.server.CallLog;

/**
 * How the scan spends its workers (8 here) and its calls: accounts start as the organization's pages arrive, not
 * after the last; an account that passes in its first region is asked nothing more; when there are fewer accounts
 * left than workers, idle workers take regions of the accounts that need every region.
 */
class WorkSchedulingTest extends DemoScanTest {

    private static final String MANAGEMENT = "111111111111";
    private static final String PATTERN = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\"))"
            + " && (($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";

    @Test
    void accountsAreScannedWhileTheOrganizationIsStillBeingListed() throws Exception {
        simulator.replaceScenario(organization(120, "Members", "us-east-1", "eu-west-1")); // 6 pages of 20 in the OU
        simulator.faults().latency(Duration.ofMillis(100));
        simulator.calls().reset();

        ScanResult result = launcher.scan();

        assertThat(result.verdicts()).containsExactly(Map.entry(Verdict.Status.PASS, 121L));
        List<CallLog.Call> calls = simulator.calls().all();
        int lastPage = IntStream.range(0, calls.size()).filter(i -> calls.get(i).operation()
                .equals("ListAccountsForParent")).max().orElseThrow();
        // A member's scan starts with AssumeRole into it; some started before the listing's last page was asked for.
        assertThat(calls.subList(0, lastPage)).as("calls before the last page of accounts was asked for")
                .anyMatch(call -> call.operation().equals("AssumeRole") && call.subject().contains(":200000000"));
        assertThat(simulator.calls().count("ListAccounts")).isZero();
        // Each account passes through the organization trail in the hub's region, its first: one DescribeTrails,
        // and no need to know its other regions.
        assertThat(calls).filteredOn(call -> call.operation().equals("DescribeTrails")).hasSize(121)
                .allSatisfy(call -> assertThat(call.region()).isEqualTo("us-east-1"));
        assertThat(simulator.calls().count("ListRegions")).isZero();
    }

    @Test
    void idleWorkersTakeRegionsOfTheLastAccountsThatNeedThemAll() throws Exception {
        List<String> regions = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2",
                "eu-central-1", "ap-south-1");
        // The organization trail covers another OU: the members have no trail and FAIL, which takes every region.
        simulator.replaceScenario(organization(2, "Elsewhere", regions.toArray(String[]::new)));
        simulator.faults().latency(Duration.ofMillis(150));
        simulator.calls().reset();
        simulator.requestsInFlight().reset();

        ScanResult result = launcher.scan();

        assertThat(result.verdicts()).containsOnly(Map.entry(Verdict.Status.PASS, 1L), Map.entry(Verdict.Status.FAIL, 2L));
        // Two accounts alone would have at most two requests in flight (three with the management account); with
        // idle workers taking their regions, more of the eight workers are busy.
        assertThat(simulator.requestsInFlight().peak()).isGreaterThan(3);
        // The management account passes in its first region; each member's regions are read and asked once each.
        assertThat(simulator.calls().count("DescribeTrails")).isEqualTo(1 + 2 * regions.size());
        assertThat(simulator.calls().count("ListRegions")).isEqualTo(2);
        assertThat(evidenceStore.evidence(result.runId(), "200000000000")).extracting(e -> e.region())
                .containsExactlyElementsOf(regions.stream().sorted().toList());
    }

    /**
     * The management account owns an organization trail with a complete chain for the OU {@code covered} (and
     * itself); the members sit in the OU "Members".
     */
    private static Scenario organization(int members, String covered, String... regions) {
        ScenarioBuilder builder = Scenario.builder().organizationId("o-sched1234567").managementAccount(MANAGEMENT)
                .defaultRegions(regions).ou("Members").ou("Elsewhere");
        builder.account(MANAGEMENT, account -> {
            account.name("management");
            account.trail("org-trail", "us-east-1", trail -> trail.organizationTrail(true).appliesToOus(covered)
                    .logGroup("org-trail"));
            completeChain(account);
        });
        for (int i = 0; i < members; i++) {
            int n = i;
            builder.account(String.valueOf(200_000_000_000L + i), account -> account.name("member-" + n).ou("Members"));
        }
        return builder.build();
    }

    private static void completeChain(AccountBuilder account) {
        account.logGroup("org-trail", "us-east-1", group -> group
                        .metricFilter("UnauthorizedAPICalls", PATTERN, "UnauthorizedAPICalls", "CISBenchmark"))
                .alarm("unauthorized-api-calls", "us-east-1", alarm -> alarm
                        .metric("UnauthorizedAPICalls", "CISBenchmark").action("security-alerts"))
                .topic("security-alerts", "us-east-1", topic -> topic.subscription("email", "sec@example.com", true));
    }
}
