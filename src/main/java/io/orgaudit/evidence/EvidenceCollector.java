package io.orgaudit.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.failure.Failure;
import io.orgaudit.failure.Futures;

/**
 * Collects, for one account and region, every trail visible there (own, multi-region shadows, organization
 * trails) and follows each to its log group, filters, alarms, topics and subscriptions. AWS errors become
 * {@link Failure}s inside the evidence, never exceptions, so one bad call cannot hide the rest of an account.
 */
public final class EvidenceCollector implements AutoCloseable {

    private final AwsAccess access;
    /** Reads a trail's settings while the calling thread follows its log group (see {@link #follow}). */
    private final ExecutorService settingsReads = Executors.newCachedThreadPool(daemonThreads());
    private final SharedEvidence shared = new SharedEvidence();
    private final LogGroupReader logGroups;
    private final TrailSettingsReader trailSettings;

    /** Whether some selected rule needs trails' status and event selectors under the run's profile. */
    private final boolean readTrailSettings;

    public EvidenceCollector(AwsAccess access, FilterOfInterest filterOfInterest, boolean readTrailSettings) {
        this.access = access;
        TopicReader topics = new TopicReader(access, shared);
        this.logGroups = new LogGroupReader(access, shared, filterOfInterest, topics);
        this.trailSettings = new TrailSettingsReader(access, shared);
        this.readTrailSettings = readTrailSettings;
    }

    public TargetEvidence collect(long runId, AccountSession session, String region) {
        List<Trail> trails;
        try {
            trails = session.cloudTrail(region).describeTrails(r -> r.includeShadowTrails(true)).trailList();
        } catch (RuntimeException e) {
            return TargetEvidence.failed(session.accountId(), region,
                    AwsFailures.classify("cloudtrail:DescribeTrails", e));
        }
        List<TrailEvidence> evidence = new ArrayList<>();
        for (Trail trail : trails) {
            evidence.add(follow(runId, session, trail));
        }
        return new TargetEvidence(session.accountId(), region, evidence, List.of());
    }

    /** Drops what this run shared between accounts once the run no longer needs it. */
    public void finishRun(long runId) {
        shared.forgetRun(runId);
    }

    @Override
    public void close() {
        settingsReads.shutdownNow();
    }

    /**
     * A trail's settings (status, then event selectors: two calls in its home region) and its log group's chain
     * (filters, then alarms, then topics: three calls or more) do not depend on each other, so they are read side by
     * side: the first accounts of a run, which all wait for the organization trail's chain, wait for the longer of
     * the two rather than for all five calls one after another.
     */
    private TrailEvidence follow(long runId, AccountSession session, Trail trail) {
        String owner = Arns.accountOf(trail.trailARN(), session.accountId());
        String logGroupArn = trail.cloudWatchLogsLogGroupArn();
        boolean hasLogGroup = logGroupArn != null && !logGroupArn.isBlank();
        CompletableFuture<TrailSettingsReader.Result> reading = readSettings(runId, session, trail, hasLogGroup);
        LogGroupEvidence logGroup;
        try {
            logGroup = hasLogGroup ? logGroups.read(runId, logGroupArn) : null;
        } catch (RuntimeException | Error e) {
            // A bug, not an AWS error: still let the settings read finish before the account's session is released.
            reading.handle((result, failure) -> null).join();
            throw e;
        }
        // The reader turns AWS errors into a failure in the result; anything thrown is a bug. The wait is not
        // interruptible: a stopped job waits for the read, which the SDK's call timeout bounds.
        TrailSettingsReader.Result settings = Futures.join(reading);
        return new TrailEvidence(trail.trailARN(), trail.name(), owner, trail.homeRegion(),
                Boolean.TRUE.equals(trail.isMultiRegionTrail()), Boolean.TRUE.equals(trail.isOrganizationTrail()),
                hasLogGroup ? logGroupArn : null, settings.settings(), settings.failure(), logGroup);
    }

    /** Not at all when no rule needs them; beside the log group's chain when there is one to follow and a call to make. */
    private CompletableFuture<TrailSettingsReader.Result> readSettings(long runId, AccountSession session, Trail trail,
                                                                       boolean hasLogGroup) {
        if (!readTrailSettings) {
            return CompletableFuture.completedFuture(TrailSettingsReader.Result.NOT_READ);
        }
        if (!hasLogGroup || trailSettings.known(runId, trail)) {
            return CompletableFuture.completedFuture(trailSettings.read(runId, session, trail));
        }
        return CompletableFuture.supplyAsync(() -> trailSettings.read(runId, session, trail), settingsReads);
    }

    private static ThreadFactory daemonThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("trail-settings-");
        threads.setDaemon(true);
        return threads;
    }
}
