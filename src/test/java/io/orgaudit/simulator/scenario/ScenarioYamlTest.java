package io.orgaudit.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioYamlTest {

    private static final String HEADER = """
            organizationId: o-test123456
            managementAccount: "111111111111"
            auditRole: OrgAuditReadOnly
            ous: [Workloads/Prod, Sandbox]
            """;

    @Test
    void readsEveryFieldWithItsDefaults() {
        Scenario scenario = read(HEADER + """
                externalId: audit-2026
                defaultRegions: [us-east-1, eu-west-1]
                accounts:
                  - id: "111111111111"
                    name: management
                    email: root@example.com
                    trails:
                      - {name: org, homeRegion: us-east-1, organizationTrail: true, appliesToOus: [Workloads], logGroup: org-logs}
                  - id: "222222222222"
                    name: prod
                    ou: Workloads/Prod
                    regions: [us-east-1]
                    auditRoleDeployed: false
                    expected: {verdict: FAIL, why: "because"}
                    trails:
                      - name: t
                        homeRegion: us-east-1
                        multiRegion: false
                        logging: false
                        eventSelectors: advanced-write-only
                        logGroup: {name: central, account: "111111111111", region: eu-west-1}
                    logGroups:
                      - name: g
                        region: us-east-1
                        metricFilters: [{name: f, pattern: "{ $.a = 1 }", metricName: M, namespace: N}]
                    alarms:
                      - {name: a, region: us-east-1, metricName: M, namespace: N, actionsEnabled: false, actions: [alerts], period: 60, threshold: 2.5}
                    topics:
                      - name: alerts
                        region: us-east-1
                        subscriptions: [{protocol: email, endpoint: a@example.com}, {protocol: sms, endpoint: "+15550100", confirmed: false}]
                """);
        assertThat(scenario.organizationId()).isEqualTo("o-test123456");
        assertThat(scenario.externalId()).contains("audit-2026");
        assertThat(scenario.ouPaths()).containsExactly("Workloads", "Workloads/Prod", "Sandbox");
        SimTrail org = scenario.organizationTrails().get(0);
        assertThat(org.logGroup()).contains(new LogGroupRef("111111111111", "us-east-1", "org-logs"));
        assertThat(org.multiRegion()).isTrue();
        assertThat(org.logging()).isTrue();
        assertThat(org.eventSelectors()).isEqualTo(EventSelectors.BASIC);
        assertThat(org.coversOu("Workloads/Prod")).isTrue();
        assertThat(org.coversOu("Sandbox")).isFalse();

        SimAccount prod = scenario.account("222222222222").orElseThrow();
        assertThat(prod.ouPath()).isEqualTo("Workloads/Prod");
        assertThat(prod.enabledRegions()).containsExactly("us-east-1");
        assertThat(prod.email()).isEqualTo("aws+222222222222@example.com");
        assertThat(prod.auditRoleDeployed()).isFalse();
        assertThat(prod.expected()).contains(new ExpectedVerdict(ExpectedVerdict.Outcome.FAIL, "because"));
        SimTrail trail = prod.trails().get(0);
        assertThat(trail.multiRegion()).isFalse();
        assertThat(trail.logging()).isFalse();
        assertThat(trail.eventSelectors()).isEqualTo(EventSelectors.ADVANCED_WRITE_ONLY);
        assertThat(trail.logGroup()).contains(new LogGroupRef("111111111111", "eu-west-1", "central"));
        assertThat(prod.logGroups().get(0).metricFilters()).containsExactly(new SimMetricFilter("f", "{ $.a = 1 }", "M", "N"));
        SimAlarm alarm = prod.alarms().get(0);
        assertThat(alarm.actionsEnabled()).isFalse();
        assertThat(alarm.alarmActions()).containsExactly("arn:aws:sns:us-east-1:222222222222:alerts");
        assertThat(alarm.period()).isEqualTo(60);
        assertThat(alarm.threshold()).isEqualTo(2.5);
        assertThat(prod.topics().get(0).subscriptions()).containsExactly(
                new SimSubscription("email", "a@example.com", true), new SimSubscription("sms", "+15550100", false));
        assertThat(scenario.account("111111111111").orElseThrow().enabledRegions()).containsExactly("us-east-1", "eu-west-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field                | trails: [{name: t, homeRegoin: us-east-1}]                      | accounts[1].trails[0].homeRegoin: unknown field; expected one of [name, homeRegion,
            bad region                   | trails: [{name: t, homeRegion: us-east1}]                       | accounts[1].trails[0].homeRegion: 'us-east1' is not an AWS region name
            missing home region          | trails: [{name: t}]                                             | accounts[1].trails[0].homeRegion: is required
            bad verdict                  | 'expected: {verdict: PAS, why: x}'                              | accounts[1].expected.verdict: 'PAS' is not one of [PASS, FAIL, ERROR, SKIPPED]
            bad status                   | 'status: CLOSED'                                                | accounts[1].status: 'CLOSED' is not an account status
            OU not declared              | 'ou: Workload/Prod'                                             | accounts[id=222222222222].ou: 'Workload/Prod' is not among the declared ous
            organization trail in member | trails: [{name: t, homeRegion: us-east-1, organizationTrail: true}] | accounts[id=222222222222].trails[name=t].organizationTrail: only the management account
            appliesToOus on member trail | trails: [{name: t, homeRegion: us-east-1, appliesToOus: [Sandbox]}] | accounts[1].trails[0].appliesToOus: only an organization trail
            word for a boolean           | trails: [{name: t, homeRegion: us-east-1, multiRegion: yes}]    | accounts[1].trails[0].multiRegion: must be true or false
            bad event selectors          | trails: [{name: t, homeRegion: us-east-1, eventSelectors: all}] | accounts[1].trails[0].eventSelectors: 'all' is not one of
            bad log group account        | 'trails: [{name: t, homeRegion: us-east-1, logGroup: {name: g, account: "12345"}}]' | accounts[1].trails[0].logGroup.account: '12345' is not a 12-digit AWS account id
            duplicate trail              | trails: [{name: t, homeRegion: us-east-1}, {name: t, homeRegion: us-west-2}] | accounts[1].trails[1].name: trail 't' is defined twice
            filter without pattern       | logGroups: [{name: g, region: us-east-1, metricFilters: [{name: f, metricName: M, namespace: N}]}] | accounts[1].logGroups[0].metricFilters[0].pattern: is required
            alarm without metric         | alarms: [{name: a, region: us-east-1}]                          | accounts[1].alarms[0].metricName: is required
            bad SNS action               | 'alarms: [{name: a, region: us-east-1, metricName: M, namespace: N, actions: ["arn:aws:sns:us-east-1:1:x"]}]' | accounts[1].alarms[0].actions[0]: 'arn:aws:sns:us-east-1:1:x' is not an SNS topic ARN
            subscription without endpoint| 'topics: [{name: t, region: us-east-1, subscriptions: [{protocol: email}]}]' | accounts[1].topics[0].subscriptions[0].endpoint: is required
            list instead of value        | 'name: [a, b]'                                                  | accounts[1].name: must be a single value, not a list
            bad e-mail                   | 'email: nobody'                                                 | accounts[1].email: 'nobody' is not an e-mail address
            """)
    void namesTheFieldAtFault(String problem, String accountLine, String expectedMessageStart) {
        String yaml = HEADER + """
                accounts:
                  - id: "111111111111"
                  - id: "222222222222"
                    %s
                """.formatted(accountLine);
        assertThatThrownBy(() -> read(yaml)).as(problem).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(expectedMessageStart);
    }

    @Test
    void appliesToOusMustNameAnOuOfTheOrganization() {
        assertThatThrownBy(() -> read(HEADER + """
                accounts:
                  - id: "111111111111"
                    trails: [{name: org, homeRegion: us-east-1, organizationTrail: true, appliesToOus: [Workload]}]
                """)).hasMessageStartingWith("accounts[id=111111111111].trails[name=org].appliesToOus: 'Workload' is not an OU");
    }

    @Test
    void unquotedAccountIdsAreAcceptedWhenTheyHaveTwelveDigits() {
        assertThat(read(HEADER + "accounts:\n  - id: 012345670123\n  - id: 222222222222\n").accounts())
                .extracting(SimAccount::id).contains("012345670123", "222222222222");
        assertThatThrownBy(() -> read(HEADER + "accounts:\n  - id: 12345678901\n"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.path()).isEqualTo("accounts[0].id");
                    assertThat(e.getMessage()).contains("is not a 12-digit account id");
                });
    }

    @Test
    void duplicateAccountIdsAreRefused() {
        assertThatThrownBy(() -> read(HEADER + "accounts:\n  - id: \"222222222222\"\n  - id: \"222222222222\"\n"))
                .hasMessage("accounts[1].id: 222222222222 is already used by accounts[0]");
    }

    @Test
    void missingTopLevelFieldsAreNamed() {
        assertThatThrownBy(() -> read("managementAccount: \"111111111111\"\nauditRole: R\naccounts: []\n"))
                .hasMessage("organizationId: is required");
        assertThatThrownBy(() -> read(HEADER)).hasMessage("accounts: is required");
        assertThatThrownBy(() -> read(HEADER + "accounts: []\nregions: [us-east-1]\n"))
                .hasMessageStartingWith("regions: unknown field; expected one of [organizationId,");
        assertThatThrownBy(() -> read(HEADER.replace("o-test123456", "org-1") + "accounts: []\n"))
                .hasMessageStartingWith("organizationId: 'org-1' is not an organization id");
    }

    @Test
    void malformedYamlSaysWhere() {
        assertThatThrownBy(() -> read(HEADER + "accounts:\n  - id: \"1\n    name: x\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("not well-formed YAML").hasMessageContaining("line");
        assertThatThrownBy(() -> read("")).hasMessage("the scenario is empty");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> read(HEADER + "accounts:\n  - id: \"111111111111\"\n    name: a\n    name: b\n"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("name");
    }

    @Test
    void theManagementAccountIsAddedWhenNotDescribed() {
        Scenario scenario = read(HEADER + "accounts:\n  - {id: \"222222222222\", ou: Sandbox}\n");
        assertThat(scenario.managementAccount().id()).isEqualTo("111111111111");
        assertThat(scenario.accounts()).extracting(SimAccount::id).containsExactly("222222222222", "111111111111");
        assertThat(scenario.account("333333333333")).isEqualTo(Optional.empty());
        assertThat(scenario.defaultRegions()).isEqualTo(List.of("us-east-1"));
    }

    private static final String FAMILY = """
            filterSets:
              family:
                - {rule: R.01, name: F1, alarm: a1, pattern: "{ $.a = 1 }"}
                - {rule: R.02, name: F2, metricName: M2, namespace: N2, alarm: a2, pattern: "{ $.b = 2 }"}
                - {rule: R.03, name: F3, alarm: a3, pattern: "{ $.c = 3 }"}
            """;

    @Test
    void anIncludeTakesTheFiltersOfASetAndTheirAlarms() {
        Scenario scenario = read(HEADER + FAMILY + """
                accounts:
                  - id: "222222222222"
                    logGroups:
                      - name: g
                        region: us-east-1
                        metricFilters:
                          - {name: own, pattern: "{ $.x = 0 }", metricName: X, namespace: N}
                          - {include: family, except: [R.03]}
                    alarms:
                      - {include: family, only: [R.02], region: us-east-1, actions: [alerts]}
                      - {include: family, only: [R.01], region: eu-west-1, actionsEnabled: false}
                """);
        SimAccount account = scenario.account("222222222222").orElseThrow();
        assertThat(account.logGroups().get(0).metricFilters()).containsExactly(
                new SimMetricFilter("own", "{ $.x = 0 }", "X", "N"),
                new SimMetricFilter("F1", "{ $.a = 1 }", "F1", "CISBenchmark"),
                new SimMetricFilter("F2", "{ $.b = 2 }", "M2", "N2"));
        assertThat(account.alarms()).extracting(SimAlarm::name, SimAlarm::region, SimAlarm::metricName, SimAlarm::namespace,
                SimAlarm::actionsEnabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a2", "us-east-1", "M2", "N2", true),
                org.assertj.core.groups.Tuple.tuple("a1", "eu-west-1", "F1", "CISBenchmark", false));
        assertThat(account.alarms().get(0).alarmActions()).containsExactly("arn:aws:sns:us-east-1:222222222222:alerts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown set          | 'logGroups: [{name: g, region: us-east-1, metricFilters: [{include: famly}]}]'              | accounts[0].logGroups[0].metricFilters[0].include: 'famly' is not one of the filterSets [family]
            unknown rule in only | 'logGroups: [{name: g, region: us-east-1, metricFilters: [{include: family, only: [R.9]}]}]' | accounts[0].logGroups[0].metricFilters[0].only[0]: set family has no filter for rule 'R.9'
            only and except      | 'logGroups: [{name: g, region: us-east-1, metricFilters: [{include: family, only: [R.01], except: [R.02]}]}]' | accounts[0].logGroups[0].metricFilters[0]: give only or except, not both
            alarm include field  | 'alarms: [{include: family, region: us-east-1, metricName: M}]'                              | accounts[0].alarms[0].metricName: unknown field
            alarm without region | 'alarms: [{include: family}]'                                                                 | accounts[0].alarms[0].region: is required
            included twice       | 'logGroups: [{name: g, region: us-east-1, metricFilters: [{include: family}, {include: family, only: [R.01]}]}]' | accounts[0].logGroups[0].metricFilters[1]: filter F1 of set family: metricFilters[3].name: 'F1' is used twice
            """)
    void namesTheIncludeAtFault(String problem, String accountLine, String expectedMessageStart) {
        String yaml = HEADER + FAMILY + """
                accounts:
                  - id: "222222222222"
                    %s
                """.formatted(accountLine);
        assertThatThrownBy(() -> read(yaml)).as(problem).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(expectedMessageStart);
    }

    @Test
    void expectationsForEveryRule() {
        Scenario scenario = read(HEADER + """
                accounts:
                  - id: "222222222222"
                    expected: {verdict: PASS, why: "seed"}
                    expectedOthers: {verdict: FAIL, why: "others"}
                    expectedByRule:
                      ORGAUDIT.MON.06: {verdict: PASS, why: "its own"}
                  - id: "333333333333"
                    expected: {verdict: ERROR, why: "no role"}
                    expectedOthers: same
                  - id: "444444444444"
                    expected: {verdict: PASS, why: "seed only"}
                """);
        SimAccount first = scenario.account("222222222222").orElseThrow();
        assertThat(first.expectedFor("D9.AWS.MON.01")).contains(new ExpectedVerdict(ExpectedVerdict.Outcome.PASS, "seed"));
        assertThat(first.expectedFor("ORGAUDIT.MON.02")).contains(new ExpectedVerdict(ExpectedVerdict.Outcome.FAIL, "others"));
        assertThat(first.expectedFor("ORGAUDIT.MON.06")).contains(new ExpectedVerdict(ExpectedVerdict.Outcome.PASS, "its own"));
        assertThat(scenario.account("333333333333").orElseThrow().expectedFor("D9.AWS.MON.04"))
                .contains(new ExpectedVerdict(ExpectedVerdict.Outcome.ERROR, "no role"));
        assertThat(scenario.account("444444444444").orElseThrow().expectedFor("D9.AWS.MON.04")).isEmpty();
        // toBuilder keeps them
        assertThat(scenario.toBuilder().build().account("222222222222").orElseThrow().expectedFor("ORGAUDIT.MON.06"))
                .contains(new ExpectedVerdict(ExpectedVerdict.Outcome.PASS, "its own"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same without expected | 'expectedOthers: same'                                                   | accounts[0].expectedOthers: 'same' repeats `expected`
            a word but not same   | 'expectedOthers: PASS'                                                   | accounts[0].expectedOthers: must be same or {verdict, why}
            the seed by rule      | 'expectedByRule: {D9.AWS.MON.01: {verdict: PASS, why: x}}'              | accounts[0].expectedByRule.D9.AWS.MON.01: the expectation for D9.AWS.MON.01 is the account's `expected`
            bad verdict by rule   | 'expectedByRule: {ORGAUDIT.MON.02: {verdict: OK, why: x}}'              | accounts[0].expectedByRule.ORGAUDIT.MON.02.verdict: 'OK' is not one of
            """)
    void namesTheExpectationAtFault(String problem, String accountLine, String expectedMessageStart) {
        String yaml = HEADER + """
                accounts:
                  - id: "222222222222"
                    %s
                """.formatted(accountLine);
        assertThatThrownBy(() -> read(yaml)).as(problem).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(expectedMessageStart);
    }

    private static Scenario read(String yaml) {
        return Scenario.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
