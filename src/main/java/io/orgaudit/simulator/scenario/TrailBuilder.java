package io.orgaudit.simulator.scenario;

import java.util.List;
import java.util.Optional;

/** Describes one CloudTrail trail of an account; obtained from {@link AccountBuilder#trail}. */
public final class TrailBuilder {

    private final String name;
    private final String homeRegion;
    private boolean multiRegion = true;
    private boolean organizationTrail;
    private List<String> appliesToOus = List.of();
    private boolean logging = true;
    private EventSelectors eventSelectors = EventSelectors.BASIC;
    private String logGroupName;
    private String logGroupAccountId;
    private String logGroupRegion;
    private String s3BucketName;

    TrailBuilder(String name, String homeRegion) {
        this.name = Check.notBlank("name", name);
        this.homeRegion = Check.region("homeRegion", homeRegion);
    }

    /** Default true. */
    public TrailBuilder multiRegion(boolean multiRegion) {
        this.multiRegion = multiRegion;
        return this;
    }

    /** Default false; only the management account may own an organization trail. */
    public TrailBuilder organizationTrail(boolean organizationTrail) {
        this.organizationTrail = organizationTrail;
        return this;
    }

    /** Demo device: limit an organization trail to these OU paths (and below). Default: every account. */
    public TrailBuilder appliesToOus(List<String> ouPaths) {
        for (int i = 0; i < ouPaths.size(); i++) {
            Check.ouPath("appliesToOus[" + i + "]", ouPaths.get(i));
        }
        this.appliesToOus = List.copyOf(ouPaths);
        return this;
    }

    public TrailBuilder appliesToOus(String... ouPaths) {
        return appliesToOus(List.of(ouPaths));
    }

    /** Default true (GetTrailStatus IsLogging). */
    public TrailBuilder logging(boolean logging) {
        this.logging = logging;
        return this;
    }

    /** Default {@link EventSelectors#BASIC}. */
    public TrailBuilder eventSelectors(EventSelectors eventSelectors) {
        this.eventSelectors = eventSelectors;
        return this;
    }

    /** Send to this log group in the trail's own account and home region. Default: no log group. */
    public TrailBuilder logGroup(String name) {
        return logGroup(name, null, null);
    }

    /** Send to a log group elsewhere; a null account or region means the trail's own. */
    public TrailBuilder logGroup(String name, String accountId, String region) {
        this.logGroupName = Check.notBlank("logGroup.name", name);
        this.logGroupAccountId = accountId == null ? null : Check.accountId("logGroup.account", accountId);
        this.logGroupRegion = region == null ? null : Check.region("logGroup.region", region);
        return this;
    }

    public TrailBuilder s3BucketName(String s3BucketName) {
        this.s3BucketName = Check.notBlank("s3BucketName", s3BucketName);
        return this;
    }

    SimTrail build(String accountId) {
        if (!appliesToOus.isEmpty() && !organizationTrail) {
            throw new ScenarioException("appliesToOus", "only an organization trail can be limited to OUs");
        }
        Optional<LogGroupRef> logGroup = Optional.ofNullable(logGroupName).map(group -> new LogGroupRef(
                logGroupAccountId == null ? accountId : logGroupAccountId,
                logGroupRegion == null ? homeRegion : logGroupRegion, group));
        String bucket = s3BucketName == null ? "aws-cloudtrail-logs-" + accountId : s3BucketName;
        return new SimTrail(name, accountId, homeRegion, multiRegion, organizationTrail, appliesToOus, logging,
                eventSelectors, logGroup, bucket);
    }
}
