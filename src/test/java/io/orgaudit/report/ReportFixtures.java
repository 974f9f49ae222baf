package io.orgaudit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.orgaudit.failure.Failure;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;
import io.orgaudit.rule.Verdict.Status;

/** Workbook content shaped like a run of the seed rule D9.AWS.MON.01 over a small organization. */
final class ReportFixtures {

    static final String RULE_ID = "D9.AWS.MON.01";
    static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final String REQUIRED_PATTERN = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) && "
            + "(($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";
    /** The seed's REMEDIATION section, verbatim. */
    static final String SEED_REMEDIATION = """
            From Portal
            Perform the following steps to setup the metric filter, alarm, SNS topic, and subscription:

              1. Create a metric filter based on filter pattern relevant for this check. For More details, refer to CIS Amazon Web Services Foundations Benchmark v1.3.0: https://workbench.cisecurity.org/benchmarks/679
              2. Create an SNS topic that the alarm will notify
              3. Create an SNS subscription to the topic created in step 2
              4. Create an alarm that is associated with the CloudWatch Logs Metric Filter created in step 1 and an SNS topic created in step 2

            From Command Line

              1. Create a metric filter based on filter pattern relevant for this check. Run following commands.
            aws logs put-metric-filter --region REGION_NAME --log-group-name NAME_OF_LOG_GROUP --filter-name  AWSAuthorizationFailures --filter-pattern ADD_FILTER_PATTERN --metric-transformations metricName=AuthorizationFailureCount,metricNamespace=CloudTrailMetrics,metricValue=1
              1. Create an SNS topic that the alarm will notify
            aws sns create-topic --name SNS_TOPIC_NAME
              1. Create an SNS subscription to the topic created in step 2
            aws sns subscribe --topic-arn sns_topic_arn from step 2 --protocol PROTOCOL_FOR_SNS --notification-endpoint SNS_SUBSCRIPTION_ENDPOINT
              1. Create an alarm that is associated with the CloudWatch Logs Metric Filter created in step 1 and an SNS topic created in step 2
            aws cloudwatch put-metric-alarm --alarm-name  UNAUTHORIZED_API_CALLS_ALARM  --metric-name  UNAUTHORIZED_API_CALLS_METRIC  --statistic SUM --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --namespace CISBenchmark --alarm-actions sns_topic_arn
            """;
    static final String RERUN = "orgaudit run --profile demo --accounts 100000000030,100000000031";

    /** The 31 frameworks the seed lists, in its order. */
    static final List<String> FRAMEWORK_NAMES = List.of(
            "AWS CIS Foundations v. 1.0.0", "AWS CIS Foundations v. 1.1.0", "AWS CIS Foundations v. 1.2.0",
            "AWS CIS Foundations v. 1.3.0", "AWS CIS Foundations v. 1.4.0", "AWS CIS Foundations v. 1.5.0",
            "AWS CIS Foundations v. 2.0.0", "AWS CSA CCM v.3.0.1", "AWS CSA CCM v.4.0.1", "AWS CloudGuard Best Practices",
            "AWS CloudGuard CheckUp", "AWS CloudGuard SOC2 based on AICPA TSC 2017", "AWS CloudGuard Well Architected Framework",
            "AWS GDPR Readiness", "AWS HIPAA", "AWS HITRUST", "AWS HITRUST v11.0.0", "AWS ISO 27001:2013", "AWS ISO27001:2022",
            "AWS ITSG-33", "AWS LGPD regulation", "AWS MAS TRM Framework", "AWS MITRE ATT&CK Framework v10",
            "AWS MITRE ATT&CK Framework v11.3", "AWS NIST 800-171", "AWS NIST 800-53 Rev 4", "AWS NIST 800-53 Rev 5",
            "AWS NIST CSF v1.1", "AWS PCI-DSS 3.2", "AWS PCI-DSS 4.0", "CloudGuard AWS All Rules Ruleset");

    private ReportFixtures() {
    }

    static List<FrameworkColumn> frameworks(List<String> ruleIds) {
        return FRAMEWORK_NAMES.stream().map(name -> column(name, controlId(name), ruleIds)).toList();
    }

    /** A framework in which every one of these rules has the same control id (or none). */
    static FrameworkColumn column(String name, String controlId, List<String> ruleIds) {
        java.util.Map<String, String> controls = new java.util.LinkedHashMap<>();
        ruleIds.forEach(rule -> controls.put(rule, controlId));
        return new FrameworkColumn(name, controls);
    }

    private static String controlId(String name) {
        if (name.matches("AWS CIS Foundations v\\. 1\\.[012]\\.0")) {
            return "3.1";
        }
        return name.startsWith("AWS CIS Foundations") ? "4.1" : null;
    }

    static RuleInfo rule() {
        return new RuleInfo(RULE_ID, "Ensure unauthorized API calls are monitored",
                "Real-time monitoring of API calls can be achieved by directing CloudTrail Logs to CloudWatch Logs.",
                "Low", "CloudTrail", "Management Tools",
                "List<CloudTrail> should have items with [hasSNSSubscriber='true' and metricFilters with [filterPattern "
                        + "isFilterPatternEqual('" + REQUIRED_PATTERN + "')] length() > 0]",
                REQUIRED_PATTERN, List.of(), SEED_REMEDIATION, java.util.Map.of(),
                frameworks(List.of(RULE_ID)));
    }

    static RunInfo run(long runId) {
        return new RunInfo(runId, "o-demo1234567", "100000000001", Instant.parse("2026-11-28T06:00:00Z"),
                Instant.parse("2026-11-28T06:04:12Z"), "demo", List.of("us-east-1", "eu-west-1"), "demo simulator", RERUN);
    }

    /** Verdict of the account at this index: 30 PASS, 8 FAIL, 2 ERROR; account 0 has the hostile name. */
    static Status verdictOf(int index) {
        if (index >= 38) {
            return Status.ERROR;
        }
        return index >= 30 ? Status.FAIL : Status.PASS;
    }

    static String accountId(int index) {
        return Long.toString(100_000_000_000L + index);
    }

    static WorkbookContent content(int accountCount) {
        List<AccountRow> accounts = new ArrayList<>();
        List<FindingRow> findings = new ArrayList<>();
        for (int i = 0; i < accountCount; i++) {
            String name = i == 0 ? HOSTILE_NAME : "workload-" + i;
            String ou = "Root/Workloads/" + (i % 2 == 0 ? "Prod" : "Dev");
            Status verdict = verdictOf(i % 40);
            accounts.add(new AccountRow(accountId(i), name, "owner" + i + "@example.com", ou, Map.of(RULE_ID, verdict)));
            findings.add(new FindingRow(accountId(i), name, ou, verdict(i, verdict)));
        }
        return new WorkbookContent(run(42), frameworks(List.of(RULE_ID)), List.of(rule()), accounts, findings);
    }

    /** The rule's verdict for the account at this index, as the evaluator gives it. */
    static Verdict verdict(int index, Status status) {
        String account = accountId(index);
        Verdict.Chain chain = evidence(index, status);
        return switch (status) {
            case PASS -> Verdict.pass(account, RULE_ID, reason(status), chain);
            case FAIL -> Verdict.fail(account, RULE_ID, reason(status), chain, chain == null ? BrokenLink.NO_TRAIL
                    : BrokenLink.NO_FILTER);
            case ERROR -> Verdict.error(account, RULE_ID, reason(status), null, new Failure(
                    Failure.Kind.ROLE_NOT_ASSUMABLE, "sts:AssumeRole", "AccessDenied", reason(status)));
        };
    }

    static String reason(Status verdict) {
        return switch (verdict) {
            case PASS -> "A multi-region trail sends to a log group with the required filter, alarm and confirmed subscriber.";
            case FAIL -> "The metric filter's pattern differs: it lacks the condition $.eventName != \"HeadBucket\", so it also matches events in which that clause does not hold (more alarms)";
            case ERROR -> "User: arn:aws:sts::100000000001:assumed-role/hub/orgaudit is not authorized to perform: "
                    + "sts:AssumeRole on resource: arn:aws:iam::100000000038:role/OrgAuditRole "
                    + "(Service: Sts, Status Code: 403, Request ID: 1234)";
        };
    }

    /** The account at index 37 (a FAIL) has no trail at all, so no evidence; ERROR accounts have none either. */
    static Verdict.Chain evidence(int index, Status verdict) {
        if (verdict == Status.ERROR || index % 40 == 37) {
            return null;
        }
        String account = accountId(index);
        return new Verdict.Chain("arn:aws:cloudtrail:us-east-1:100000000001:trail/org-trail", "us-east-1", true,
                "arn:aws:logs:us-east-1:" + account + ":log-group:CloudTrail/Default:*", "UnauthorizedAPICalls",
                verdict == Status.PASS ? REQUIRED_PATTERN : "{($.errorCode=\"*UnauthorizedOperation\")}",
                "UnauthorizedAPICalls", "CISBenchmark", "unauthorized-api-calls",
                "arn:aws:sns:us-east-1:" + account + ":security-alerts", 2, 0, List.of("email", "https"),
                List.of("secops" + index + "@example.com", "https://user:secret@hooks.example.com/services/T0/B0/XYZ"));
    }
}
