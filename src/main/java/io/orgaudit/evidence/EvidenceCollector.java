package io.orgaudit.evidence;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.cloudtrail.model.Trail;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.access.Failure;

/**
 * Collects, for one account and region, every trail visible there (own, multi-region shadows, organization
 * trails) and follows each to its log group, filters, alarms, topics and subscriptions. AWS errors become
 * {@link Failure}s inside the evidence, never exceptions, so one bad call cannot hide the rest of an account.
 */
public final class EvidenceCollector {

    private final AwsAccess access;
    private final SharedEvidence shared = new SharedEvidence();
    private final LogGroupReader logGroups;
    private final TrailSettingsReader trailSettings;

    public EvidenceCollector(AwsAccess access, FilterOfInterest filterOfInterest) {
        this.access = access;
        TopicReader topics = new TopicReader(access, shared);
        this.logGroups = new LogGroupReader(access, shared, filterOfInterest, topics);
        this.trailSettings = new TrailSettingsReader(shared);
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

    private TrailEvidence follow(long runId, AccountSession session, Trail trail) {
        String owner = Arns.parse(trail.trailARN()).map(Arns.Parts::accountId).orElse(session.accountId());
        TrailSettingsReader.Result settings = trailSettings.read(runId, session, trail);
        String logGroupArn = trail.cloudWatchLogsLogGroupArn();
        LogGroupEvidence logGroup = logGroupArn == null || logGroupArn.isBlank()
                ? null : logGroups.read(runId, logGroupArn);
        return new TrailEvidence(trail.trailARN(), trail.name(), owner, trail.homeRegion(),
                Boolean.TRUE.equals(trail.isMultiRegionTrail()), Boolean.TRUE.equals(trail.isOrganizationTrail()),
                logGroupArn == null || logGroupArn.isBlank() ? null : logGroupArn,
                settings.settings(), settings.failure(), logGroup);
    }
}
