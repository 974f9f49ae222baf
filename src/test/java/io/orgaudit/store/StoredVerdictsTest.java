package io.orgaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.failure.Failure;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/** A verdict reads back as it was judged, its broken link included; verdicts of earlier versions still read. */
class StoredVerdictsTest {

    private static final String ACCOUNT = "444444444408";
    private static final Verdict.Chain PENDING_ONLY = new Verdict.Chain(
            "arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":trail/main-trail", "us-east-1", false,
            "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:cloudtrail/main:*", "UnauthorizedAPICalls", "{ $.x = 1 }",
            "UnauthorizedAPICalls", "CISBenchmark", "unauthorized-api-calls", "arn:aws:sns:us-east-1:" + ACCOUNT
            + ":alerts", 0, 1, List.of(), List.of());

    private JdbcTemplate jdbc;
    private VerdictStore store;

    @BeforeEach
    void database() {
        jdbc = InMemoryTables.create();
        store = new VerdictStore(jdbc);
    }

    @Test
    void aVerdictReadsBackWithItsBrokenLinkChainAndFailure() {
        Verdict fail = Verdict.fail(ACCOUNT, "D9.AWS.MON.01", "SNS topic has no confirmed subscription", PENDING_ONLY,
                BrokenLink.NO_CONFIRMED_SUBSCRIBER);
        Verdict error = Verdict.error("555555555555", "D9.AWS.MON.01", "denied", null,
                new Failure(Failure.Kind.ROLE_NOT_ASSUMABLE, "sts:AssumeRole", "AccessDenied", "no"));
        Verdict pass = Verdict.pass("666666666666", "D9.AWS.MON.01", "complete", PENDING_ONLY);

        store.saveVerdicts(1, List.of(fail, error, pass));

        assertThat(store.verdicts(1)).containsExactly(fail, error, pass);
    }

    @Test
    void aFailStoredBeforeVerdictsCarriedTheirBrokenLinkReadsItFromTheChainsShape() {
        // The chain as earlier versions wrote it: no pendingSubscribers, and no broken_link column value.
        String oldChain = "{\"trailArn\":\"arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":trail/main-trail\","
                + "\"trailHomeRegion\":\"us-east-1\",\"organizationTrail\":false,\"logGroupArn\":\"arn:aws:logs:"
                + "us-east-1:" + ACCOUNT + ":log-group:cloudtrail/main:*\",\"filterName\":\"UnauthorizedAPICalls\","
                + "\"filterPattern\":\"{ $.x = 1 }\",\"metricName\":\"UnauthorizedAPICalls\",\"metricNamespace\":"
                + "\"CISBenchmark\",\"alarmName\":null,\"topicArn\":null,\"confirmedSubscribers\":0,\"protocols\":[],"
                + "\"endpoints\":[]}";
        jdbc.update("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason, chain) VALUES "
                + "(1, ?, 'D9.AWS.MON.01', 'FAIL', 'no alarm', ?)", ACCOUNT, oldChain);
        jdbc.update("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason) VALUES "
                + "(1, '777777777777', 'D9.AWS.MON.01', 'FAIL', 'no trail')");

        List<Verdict> verdicts = store.verdicts(1);

        assertThat(verdicts).extracting(Verdict::brokenLink).containsExactly(BrokenLink.NO_ALARM, BrokenLink.NO_TRAIL);
        assertThat(verdicts.get(0).chain().pendingSubscribers()).isZero();
        assertThat(verdicts.get(0).chain().filterName()).isEqualTo("UnauthorizedAPICalls");
    }
}
