package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.scenario.ExpectedVerdict;
import io.orgaudit.simulator.scenario.SimAccount;

/**
 * The real job against the demo organization over HTTP: every account's verdict and reason, read back from the
 * workbook, agree with what the scenario documents for it.
 */
class OrganizationScanEndToEndTest extends DemoScanTest {

    /** What the reason of each demo path must say, by account name: the first broken link, named. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("management", "organization trail org-trail -> log group aws-cloudtrail-logs-org"),
            Map.entry("prod-payments", "organization trail org-trail -> log group aws-cloudtrail-logs-org (111111111111, us-east-1)"),
            Map.entry("log-archive", "-> filter"),
            Map.entry("dev-legacy-billing", "the audit role cannot be assumed: sts:AssumeRole failed: AccessDenied"),
            Map.entry("sandbox-no-trail", "no CloudTrail trail is visible to the account"),
            Map.entry("sandbox-trail-no-logs", "no trail sends to CloudWatch Logs (trails: main-trail)"),
            Map.entry("sandbox-cis12", "it lacks the conditions $.sourceIPAddress != \"delivery.logs.amazonaws.com\" and $.eventName != \"HeadBucket\", so it also matches events in which those clauses do not hold (more alarms)"),
            Map.entry("sandbox-cis13", "it joins clauses with || where the required pattern uses &&"),
            Map.entry("sandbox-cis20", "precedence differs"),
            Map.entry("sandbox-no-alarm", "no CloudWatch alarm watches its metric CISBenchmark/UnauthorizedAPICalls"),
            Map.entry("sandbox-alarm-other-metric", "no CloudWatch alarm watches its metric CISBenchmark/UnauthorizedAPICalls"),
            Map.entry("sandbox-alarm-no-sns", "has no SNS topic among its alarm actions"),
            Map.entry("sandbox-pending-only", "has no confirmed subscription (1 pending confirmation)"),
            Map.entry("sandbox-orphan-filter", "log group cloudtrail/main has no metric filter equivalent"),
            Map.entry("sandbox-cross-region-logs", "(444444444411, eu-west-1)"),
            Map.entry("sandbox-two-trails", "-> alarm"),
            Map.entry("sandbox-cross-account-topic", "confirmed subscriber"));

    @Test
    void scansTheDemoOrganizationAndTheWorkbookAgreesWithItAccountByAccount() throws Exception {
        ScanResult result = launcher.run();

        assertThat(result.batchStatus()).isEqualTo("COMPLETED");
        assertThat(result.exitCode()).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(result.workbook()).exists().hasParent(DIR.resolve("reports"));

        Map<String, List<Map<String, String>>> workbook = WorkbookReader.read(result.workbook());
        Map<String, Map<String, String>> findings = byAccount(workbook.get("Findings"));
        Map<String, Map<String, String>> matrix = byAccount(workbook.get("Matrix"));
        List<SimAccount> accounts = simulator.scenario().accounts();
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(31);

        for (SimAccount account : accounts) {
            ExpectedVerdict expected = account.expected().orElseThrow();
            if (expected.verdict() == ExpectedVerdict.Outcome.SKIPPED) {
                assertThat(findings).as("skipped %s", account.name()).doesNotContainKey(account.id());
                assertThat(matrix.get(account.id()).get("AWS PCI-DSS 4.0")).isEqualTo("SKIPPED (" + account.status() + ")");
                continue;
            }
            Map<String, String> finding = findings.get(account.id());
            assertThat(finding).as("finding of %s", account.name()).isNotNull();
            assertThat(finding.get("Verdict")).as("%s: %s", account.name(), expected.why())
                    .isEqualTo(expected.verdict().name());
            assertThat(finding.get("Account name")).isEqualTo(account.name());
            assertThat(finding.get("OU path")).isEqualTo(account.ouPath());
            if (REASONS.containsKey(account.name())) {
                assertThat(finding.get("Reason")).as("reason of %s", account.name()).contains(REASONS.get(account.name()));
            }
            Map<String, String> row = matrix.get(account.id());
            assertThat(row).as("matrix row of %s", account.name()).isNotNull();
            assertThat(row.get("AWS CIS Foundations v. 1.2.0 (3.1)")).isEqualTo(expected.verdict().name());
            assertThat(row.get("AWS PCI-DSS 4.0")).isEqualTo(expected.verdict().name());
        }
        // the seed's 31 frameworks and CIS v3.0.0, v4.0.0 and v5.0.0 after them, then the rule's own column
        assertThat(workbook.get("Matrix").get(0).keySet()).hasSize(4 + 34 + 1);
    }

    @Test
    void aSecondRunIsANewRunAndKeepsThePreviousRunsResults() throws Exception {
        ScanResult first = launcher.run();
        ScanResult second = launcher.run();

        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(second.workbook()).isNotEqualTo(first.workbook());
        assertThat(Files.exists(first.workbook())).isTrue();
        assertThat(verdictStore.verdicts(first.runId())).hasSameSizeAs(verdictStore.verdicts(second.runId()));
        assertThat(verdictStore.verdicts(first.runId())).extracting(Verdict::status)
                .containsExactlyElementsOf(verdictStore.verdicts(second.runId()).stream().map(Verdict::status).toList());
    }

    private static Map<String, Map<String, String>> byAccount(List<Map<String, String>> rows) {
        return rows.stream().filter(r -> !r.get("Account id").isBlank())
                .collect(Collectors.toMap(r -> r.get("Account id"), Function.identity(), (a, b) -> a));
    }
}
