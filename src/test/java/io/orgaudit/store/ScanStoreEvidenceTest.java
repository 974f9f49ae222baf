package io.orgaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.evidence.TrailEvidence;

/**
 * The stores of a run's accounts, evidence and verdicts. An account's evidence is stored whole, each trail once, and read back region by region exactly as collected;
 * evidence that runs of earlier versions stored per region still reads.
 */
class ScanStoreEvidenceTest {

    private static final String ACCOUNT = "222222222222";
    private static final TrailEvidence ORG_TRAIL = new TrailEvidence("arn:aws:cloudtrail:us-east-1:111111111111:trail/org",
            "org", "111111111111", "us-east-1", true, true, null, null, null, null);
    private static final TrailEvidence TEAM_TRAIL = new TrailEvidence("arn:aws:cloudtrail:eu-west-1:" + ACCOUNT
            + ":trail/team", "team", ACCOUNT, "eu-west-1", false, false, null, null, null, null);
    /** The same ARN seen with other settings: kept as it was seen, never merged with the first. */
    private static final TrailEvidence ORG_TRAIL_OTHERWISE = new TrailEvidence(ORG_TRAIL.arn(), "org",
            "111111111111", "us-east-1", false, true, null, null, null, null);

    private JdbcTemplate jdbc;
    private AccountStore accountStore;
    private EvidenceStore evidenceStore;
    private VerdictStore verdictStore;

    @BeforeEach
    void database() {
        jdbc = InMemoryTables.create();
        jdbc.update("INSERT INTO scan_account (run_id, account_id, org_status, scan_state) VALUES (1, ?, 'ACTIVE', "
                + "'PENDING')", ACCOUNT);
        accountStore = new AccountStore(jdbc);
        verdictStore = new VerdictStore(jdbc);
        evidenceStore = new EvidenceStore(jdbc, verdictStore);
    }

    @Test
    void storesEachTrailOnceAndReadsEveryRegionBackAsCollected() {
        Failure denied = new Failure(Failure.Kind.ACCESS_DENIED, "cloudtrail:DescribeTrails", "AccessDenied", "no");
        List<TargetEvidence> collected = List.of(
                new TargetEvidence(ACCOUNT, "us-east-1", List.of(ORG_TRAIL), List.of()),
                new TargetEvidence(ACCOUNT, "eu-west-1", List.of(ORG_TRAIL, TEAM_TRAIL), List.of()),
                new TargetEvidence(ACCOUNT, "ap-south-1", List.of(), List.of(denied)),
                new TargetEvidence(ACCOUNT, "sa-east-1", List.of(ORG_TRAIL_OTHERWISE), List.of()));

        evidenceStore.saveAccountScan(1, ACCOUNT, List.of("us-east-1", "eu-west-1", "ap-south-1", "sa-east-1"), collected, List.of());

        assertThat(evidenceStore.evidence(1, ACCOUNT)).containsExactly(collected.get(2), collected.get(1), collected.get(3),
                collected.get(0)); // by region name, as before
        String payload = jdbc.queryForObject("SELECT payload FROM scan_account_evidence", String.class);
        assertThat(payload.split("trail/team", -1)).hasSize(2); // once
        assertThat(payload.split("\"multiRegion\"", -1)).hasSize(4); // three distinct trails
        assertThat(jdbc.queryForObject("SELECT scan_state || ' ' || regions FROM scan_account", String.class))
                .isEqualTo("SCANNED us-east-1,eu-west-1,ap-south-1,sa-east-1");
    }

    @Test
    void aRescanReplacesTheAccountsEvidenceAndKeepsItsRegionsWhenTheyCouldNotBeRead() {
        evidenceStore.saveAccountScan(1, ACCOUNT, List.of("us-east-1"),
                List.of(new TargetEvidence(ACCOUNT, "us-east-1", List.of(ORG_TRAIL), List.of())), List.of());
        Failure role = new Failure(Failure.Kind.ROLE_NOT_ASSUMABLE, "sts:AssumeRole", "AccessDenied", "denied");
        evidenceStore.saveAccountScan(1, ACCOUNT, null, List.of(TargetEvidence.failed(ACCOUNT, TargetEvidence.ALL_REGIONS, role)), List.of());

        assertThat(evidenceStore.evidence(1, ACCOUNT)).containsExactly(
                TargetEvidence.failed(ACCOUNT, TargetEvidence.ALL_REGIONS, role));
        assertThat(jdbc.queryForObject("SELECT regions FROM scan_account", String.class)).isEqualTo("us-east-1");
    }

    @Test
    void evidenceStoredPerRegionByEarlierVersionsStillReads() {
        JsonMapper json = JsonMapper.builder().build();
        for (String region : List.of("us-east-1", "eu-west-1")) {
            jdbc.update("INSERT INTO scan_evidence (run_id, account_id, region, collected_at, payload) "
                    + "VALUES (1, ?, ?, CURRENT_TIMESTAMP, ?)", ACCOUNT, region,
                    json.writeValueAsString(new TargetEvidence(ACCOUNT, region, List.of(ORG_TRAIL), List.of())));
        }

        assertThat(evidenceStore.evidence(1, ACCOUNT)).extracting(TargetEvidence::region).containsExactly("eu-west-1",
                "us-east-1");

        evidenceStore.saveAccountScan(1, ACCOUNT, List.of("us-east-1"),
                List.of(new TargetEvidence(ACCOUNT, "us-east-1", List.of(), List.of())), List.of());
        assertThat(evidenceStore.evidence(1, ACCOUNT)).singleElement().extracting(TargetEvidence::trails).asList().isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scan_evidence", Integer.class)).isZero();
    }

    @Test
    void accountsScannedWithoutAVerdictForEveryRuleAreLeftForTheEvaluationStep() {
        jdbc.update("INSERT INTO scan_account (run_id, account_id, org_status, scan_state) VALUES (1, '333333333333', "
                + "'ACTIVE', 'PENDING')");
        io.orgaudit.rule.Verdict judged = io.orgaudit.rule.Verdict.pass(ACCOUNT, "D9.AWS.MON.01",
                "complete chain", null);
        evidenceStore.saveAccountScan(1, ACCOUNT, List.of("us-east-1"), List.of(), List.of(judged));
        evidenceStore.saveAccountScan(1, "333333333333", List.of("us-east-1"), List.of(), List.of());

        assertThat(verdictStore.unjudgedAccounts(1, List.of("D9.AWS.MON.01"))).containsExactly("333333333333");
        assertThat(verdictStore.unjudgedAccounts(1, List.of("D9.AWS.MON.01", "OTHER.RULE")))
                .containsExactly(ACCOUNT, "333333333333");
        assertThat(verdictStore.verdicts(1)).containsExactly(judged);
    }

    @Test
    void aResumedListingHandsOnOnlyTheAccountsStillToScan() {
        List<io.orgaudit.organization.MemberAccount> page = List.of(
                new io.orgaudit.organization.MemberAccount("444444444401", "a", "a@example.com", "ACTIVE", "Prod"),
                new io.orgaudit.organization.MemberAccount("444444444402", "b", "b@example.com", "ACTIVE", "Prod"),
                new io.orgaudit.organization.MemberAccount("444444444403", "c", "c@example.com", "SUSPENDED", "Prod"));
        assertThat(accountStore.addAccounts(2, page, io.orgaudit.organization.MemberAccount::active))
                .containsExactly("444444444401", "444444444402");
        evidenceStore.saveAccountScan(2, "444444444401", List.of("us-east-1"), List.of(), List.of());

        // The listing runs again after a kill: the scanned account keeps its state, nothing is inserted twice.
        assertThat(accountStore.addAccounts(2, page, io.orgaudit.organization.MemberAccount::active))
                .containsExactly("444444444402");
        assertThat(accountStore.accountIds(2, ScanStore.SCANNED)).containsExactly("444444444401");
        assertThat(accountStore.accountIds(2, ScanStore.SKIPPED)).containsExactly("444444444403");
        assertThat(accountStore.accounts(2)).hasSize(3);
    }

    @Test
    void anAccountNoLongerSelectedWhenTheListingIsResumedLeavesTheRunWithoutItsVerdict() {
        io.orgaudit.organization.MemberAccount account = new io.orgaudit.organization.MemberAccount("444444444411", "a",
                "a@example.com", "ACTIVE", "Prod");
        assertThat(accountStore.addAccounts(3, List.of(account), a -> true)).containsExactly("444444444411");
        evidenceStore.saveAccountScan(3, "444444444411", List.of("us-east-1"), List.of(), List.of(io.orgaudit.rule.Verdict.pass(
                "444444444411", "D9.AWS.MON.01", "complete chain", null)));

        // Resumed with settings that now exclude it: skipped, and its verdict does not reach the workbook.
        assertThat(accountStore.addAccounts(3, List.of(account), a -> false)).isEmpty();
        assertThat(accountStore.accountIds(3, ScanStore.SKIPPED)).containsExactly("444444444411");
        assertThat(verdictStore.verdicts(3)).isEmpty();
    }
}
