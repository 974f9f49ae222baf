package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More rules cost no more calls than one DescribeAlarmsForMetric per metric that a matching filter feeds: trails, log
 * groups, filters and topics are read once and shared by every rule. Counted by the simulated AWS over HTTP. (An
 * account is read region by region until every selected rule has its verdict, so a rule that FAILs, which needs every
 * region, costs the regions a failing seed rule would: here all three rules pass in the first region.)
 */
class CallsPerRuleTest {

    private static final String SEED = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) "
            + "&& (($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";
    private static final String IAM = "{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||"
            + "($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||"
            + "($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||"
            + "($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||"
            + "($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||"
            + "($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}";
    private static final String CLOUDTRAIL = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || "
            + "($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }";

    /** One account, four filters: the seed's, two family rules' counting into one metric, and one of no rule. */
    private static final String SCENARIO = """
            organizationId: o-calls123456
            managementAccount: "111111111111"
            auditRole: OrgAuditReadOnly
            defaultRegions: [us-east-1, eu-west-1]
            accounts:
              - id: "111111111111"
                name: management
                email: m@example.com
                trails:
                  - {name: main, homeRegion: us-east-1, logGroup: cloudtrail}
                logGroups:
                  - name: cloudtrail
                    region: us-east-1
                    metricFilters:
                      - {name: unauthorized, pattern: '%s', metricName: Unauthorized, namespace: CIS}
                      - {name: iam, pattern: '%s', metricName: Changes, namespace: CIS}
                      - {name: cloudtrail, pattern: '%s', metricName: Changes, namespace: CIS}
                      - {name: errors, pattern: '{ $.errorCode = "Throttling" }', metricName: Errors, namespace: CIS}
                alarms:
                  - {name: unauthorized, region: us-east-1, metricName: Unauthorized, namespace: CIS, actions: [alerts]}
                  - {name: changes, region: us-east-1, metricName: Changes, namespace: CIS, actions: [alerts]}
                  - {name: errors, region: us-east-1, metricName: Errors, namespace: CIS, actions: [alerts]}
                topics:
                  - {name: alerts, region: us-east-1, subscriptions: [{protocol: email, endpoint: s@example.com}]}
            """.formatted(SEED, IAM, CLOUDTRAIL);

    @TempDir
    Path dir;

    @Test
    void moreRulesCostOnlyTheAlarmsOfTheMetricsTheirFiltersFeed() throws Exception {
        Path scenario = Files.writeString(dir.resolve("calls.yml"), SCENARIO);
        Map<String, Integer> oneRule = calls(scenario, "one", "--orgaudit.rules=D9.AWS.MON.01");
        Map<String, Integer> everyRule = calls(scenario, "three",
                "--orgaudit.rules=D9.AWS.MON.01,D9.AWS.MON.04,ORGAUDIT.MON.05");

        // the seed's filter: one metric; with the IAM and CloudTrail rules also the metric their two filters share,
        // asked for once; the filter of no rule is never followed
        assertThat(oneRule.get("DescribeAlarmsForMetric")).isEqualTo(1);
        assertThat(everyRule.get("DescribeAlarmsForMetric")).isEqualTo(2);
        Map<String, Integer> othersOne = new HashMap<>(oneRule);
        Map<String, Integer> othersAll = new HashMap<>(everyRule);
        othersOne.remove("DescribeAlarmsForMetric");
        othersAll.remove("DescribeAlarmsForMetric");
        assertThat(othersAll).isEqualTo(othersOne);
        assertThat(othersAll.get("DescribeMetricFilters")).isEqualTo(1);
        assertThat(othersAll.get("ListSubscriptionsByTopic")).isEqualTo(1);
    }

    private Map<String, Integer> calls(Path scenario, String name, String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve(name + "/db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve(name + "/reports"),
                "--orgaudit.simulator.scenario=" + scenario));
        arguments.addAll(List.of(more));
        InProcessRun.Outcome outcome = InProcessRun.run(Map.of(), arguments);
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(ScanResult.ALL_EVALUATED);
        String served = outcome.log().stream().filter(line -> line.contains("Simulated AWS served")).findFirst()
                .orElseThrow();
        Map<String, Integer> counts = new HashMap<>();
        for (String entry : served.substring(served.indexOf(": ", served.indexOf("served")) + 2).split(", ")) {
            String[] parts = entry.split(" ");
            counts.put(parts[0], Integer.parseInt(parts[1]));
        }
        return counts;
    }
}
