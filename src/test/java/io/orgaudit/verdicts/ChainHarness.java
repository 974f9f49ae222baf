package io.orgaudit.verdicts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsTarget;
import io.orgaudit.access.RoleAssumptionException;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.rule.AccountEvidence;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.rule.RuleEngine;
import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.SimAccount;

/**
 * Collects and judges every account of a scenario the way the job does (role, regions, evidence, evaluator), over
 * HTTP against the simulator, without the Batch plumbing, so each chain case stays a few lines.
 */
final class ChainHarness implements AutoCloseable {

    static final RuleCatalog CATALOG = RuleCatalog.fromClasspath();
    static final RuleDefinition RULE = CATALOG.find("D9.AWS.MON.01").orElseThrow();

    final SimulatedAws simulator;
    private final AwsAccess access;
    /** Per profile, as the job builds one: gsl reads no trail settings. */
    private final Map<String, EvidenceCollector> collectors = new java.util.HashMap<>();
    private final RegionResolver regions;
    private final RuleEngine engine = new RuleEngine(CATALOG);
    private long runId;

    ChainHarness(Scenario scenario) {
        this(scenario, List.of(), null, Duration.ofSeconds(5), 4);
    }

    /** With configured regions (empty: each account's enabled ones), an external id and per-call time limits. */
    ChainHarness(Scenario scenario, List<String> configuredRegions, String externalId, Duration attemptTimeout,
                 int maxAttempts) {
        simulator = SimulatedAws.start(scenario);
        regions = new RegionResolver(configuredRegions);
        ScanSettings settings = new ScanSettings(ScanSettings.Source.AWS, "gsl", List.of(RULE.id()), new ScanSettings.Frameworks(null), 
                new ScanSettings.Exceptions(null, java.time.Duration.ofDays(365), java.time.Duration.ofDays(30)),
                new ScanSettings.Owners(List.of(), 5), new ScanSettings.Trend(30), configuredRegions,
                new ScanSettings.Accounts(List.of(), List.of(), List.of(), List.of()),
                new ScanSettings.Role(scenario.auditRoleName(), externalId, "orgaudit"), 4,
                new ScanSettings.Output(java.nio.file.Path.of("reports")),
                new ScanSettings.Aws(null, "us-east-1", attemptTimeout.multipliedBy(maxAttempts).plusSeconds(1),
                        attemptTimeout, maxAttempts),
                new ScanSettings.Simulator("demo", Duration.ZERO),
                new ScanSettings.Delivery(null, "", null, null), "run", new ScanSettings.Rerun(null, List.of()),
                Duration.ofSeconds(1));
        access = new AwsAccess(settings, new AwsTarget(Optional.of(simulator.endpoint()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(simulator.hubAccessKeyId(),
                        simulator.hubSecretAccessKey())), "test"));
    }

    /** A new run: evidence shared between accounts is read again. */
    Map<String, Verdict> scan(String profile) {
        runId++;
        access.forgetSessions();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (SimAccount account : simulator.scenario().accounts()) {
            if (account.active()) {
                verdicts.put(account.name(), judge(account.id(), profile));
            }
        }
        return verdicts;
    }

    private Verdict judge(String accountId, String profile) {
        List<TargetEvidence> targets = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        try {
            AccountSession session = access.session(accountId);
            for (String region : regions.regionsOf(session)) {
                scanned.add(region);
                targets.add(collector(profile).collect(runId, session, region));
            }
        } catch (RoleAssumptionException e) {
            targets.add(TargetEvidence.failed(accountId, TargetEvidence.ALL_REGIONS, e.failure()));
        } catch (RuntimeException e) { // the region list itself could not be read, as in the job's reader
            targets.add(TargetEvidence.failed(accountId, TargetEvidence.ALL_REGIONS,
                    io.orgaudit.access.AwsFailures.classify("account:ListRegions", e)));
        }
        return engine.evaluate(List.of(RULE), profile, new AccountEvidence(accountId, scanned, targets)).get(0);
    }

    private EvidenceCollector collector(String profile) {
        return collectors.computeIfAbsent(profile, p -> new EvidenceCollector(access,
                CATALOG.filterOfInterest(List.of(RULE)), RULE.needsTrailSettings(p)));
    }

    @Override
    public void close() {
        collectors.values().forEach(EvidenceCollector::close);
        access.close();
        simulator.close();
    }
}
