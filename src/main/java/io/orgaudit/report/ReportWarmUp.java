package io.orgaudit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.orgaudit.failure.Failure;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.framework.FrameworkDefinition;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.rule.Verdict;
import io.orgaudit.store.RunRecord;
import io.orgaudit.store.ScanStore;
import io.orgaudit.store.ScannedAccount;

/**
 * Rehearses the workbook on made-up accounts, once per process, on a background thread while the scan waits on AWS.
 * The first workbook of a JVM spends most of its time loading and compiling the spreadsheet library (1.9 s for
 * 1,000 accounts cold, 0.6 s after a rehearsal, on 2 cores); done during the scan, that time comes off the run.
 * Nothing is written anywhere, and a failed rehearsal only costs the speed-up.
 */
public final class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);
    private static final int SAMPLE_ACCOUNTS = 40;

    private final WorkbookWriter writer;
    private final List<RuleDefinition> rules;
    private final List<FrameworkDefinition> frameworks;
    private boolean started;

    public ReportWarmUp(WorkbookWriter writer, List<RuleDefinition> rules, List<FrameworkDefinition> frameworks) {
        this.writer = writer;
        this.rules = rules;
        this.frameworks = frameworks;
    }

    public synchronized void startInBackground() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(this::rehearse, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void rehearse() {
        try {
            writer.rehearse(WorkbookAssembler.assemble(sampleRun(), Instant.now(), rules, frameworks, sampleAccounts(),
                    sampleVerdicts(), "orgaudit --orgaudit.command=rerun-failed"));
        } catch (RuntimeException e) {
            log.debug("The workbook rehearsal failed; the real workbook is written as usual", e);
        }
    }

    private RunRecord sampleRun() {
        return new RunRecord(0, Instant.now(), null, "o-sample", "000000000000", "gsl",
                rules.stream().map(RuleDefinition::id).toList(), List.of(), "rehearsal", null);
    }

    private static List<ScannedAccount> sampleAccounts() {
        List<ScannedAccount> accounts = new ArrayList<>();
        for (int i = 0; i < SAMPLE_ACCOUNTS; i++) {
            accounts.add(new ScannedAccount(id(i), "sample-" + i, "owner@example.com", "Sample/OU", "ACTIVE",
                    ScanStore.SCANNED, List.of("us-east-1")));
        }
        return accounts;
    }

    /** PASS, FAIL at each link and ERROR, so every sheet (Errors, Remediation) has rows to lay out. */
    private List<Verdict> sampleVerdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < SAMPLE_ACCOUNTS; i++) {
            Verdict.Chain chain = new Verdict.Chain("arn:aws:cloudtrail:us-east-1:" + id(i) + ":trail/sample",
                    "us-east-1", false, i % 4 == 1 ? null : "arn:aws:logs:us-east-1:" + id(i) + ":log-group:sample:*",
                    "sample-filter", "{ $.errorCode = \"AccessDenied*\" }", "SampleMetric", "Sample", "sample-alarm",
                    "arn:aws:sns:us-east-1:" + id(i) + ":sample", i % 4 == 0 ? 1 : 0, 0, List.of("email"),
                    List.of("owner@example.com"));
            for (RuleDefinition rule : rules) {
                verdicts.add(switch (i % 4) {
                    case 0 -> Verdict.pass(id(i), rule.id(), "sample", chain);
                    case 1 -> Verdict.fail(id(i), rule.id(), "sample", chain, BrokenLink.NO_LOG_GROUP);
                    case 2 -> i % 8 == 2 ? Verdict.fail(id(i), rule.id(), "sample", null, BrokenLink.NO_TRAIL)
                            : Verdict.fail(id(i), rule.id(), "sample", chain, BrokenLink.NO_CONFIRMED_SUBSCRIBER);
                    default -> Verdict.error(id(i), rule.id(), "sample", null,
                            new Failure(Failure.Kind.ACCESS_DENIED, "cloudtrail:DescribeTrails", "AccessDenied", "sample"));
                });
            }
        }
        return verdicts;
    }

    private static String id(int i) {
        return String.valueOf(900_000_000_000L + i);
    }
}
