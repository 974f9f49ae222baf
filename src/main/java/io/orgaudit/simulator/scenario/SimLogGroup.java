package io.orgaudit.simulator.scenario;

import java.util.List;

/** A CloudWatch Logs log group in the account that owns it. */
public record SimLogGroup(String name, String region, List<SimMetricFilter> metricFilters) {

    public SimLogGroup {
        metricFilters = List.copyOf(metricFilters);
    }

    public String arn(String accountId) {
        return new LogGroupRef(accountId, region, name).arn();
    }
}
