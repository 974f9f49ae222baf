package io.orgaudit.access;

/**
 * The request rates orgaudit allows itself per account, region and service: under AWS's per-account quotas for the
 * operations it calls, with about a fifth left for the account's own tools, which share the same quota. AWS counts
 * these per account and region, so accounts scanned side by side never compete; only the hub's AssumeRole rate is
 * shared by the whole scan.
 */
final class ServiceQuotas {

    /** STS AssumeRole: 600 requests a second per account (the hub), with headroom for the hub's other callers. */
    static final double HUB_ASSUME_ROLE_PER_SECOND = 400;

    private ServiceQuotas() {
    }

    static RequestRate rateFor(String service) {
        return switch (service) {
            // DescribeTrails, GetTrailStatus, GetEventSelectors: 10 TPS each
            case "cloudtrail" -> new RequestRate(8, 8);
            // DescribeMetricFilters: 5 TPS
            case "logs" -> new RequestRate(4, 4);
            // DescribeAlarms / DescribeAlarmsForMetric: 9 TPS
            case "monitoring" -> new RequestRate(7, 7);
            // ListSubscriptionsByTopic: 30 TPS
            case "sns" -> new RequestRate(24, 24);
            // Account ListRegions: a low quota; one call per account
            default -> new RequestRate(4, 4);
        };
    }

    static RequestRate hubAssumeRole() {
        return new RequestRate(HUB_ASSUME_ROLE_PER_SECOND, 40);
    }
}
