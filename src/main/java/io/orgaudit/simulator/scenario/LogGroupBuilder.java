package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.List;

/** Describes one CloudWatch Logs log group and its metric filters; from {@link AccountBuilder#logGroup}. */
public final class LogGroupBuilder {

    private final String name;
    private final String region;
    private final List<SimMetricFilter> metricFilters = new ArrayList<>();

    LogGroupBuilder(String name, String region) {
        this.name = Check.notBlank("name", name);
        this.region = Check.region("region", region);
    }

    public LogGroupBuilder metricFilter(String filterName, String pattern, String metricName, String namespace) {
        String field = "metricFilters[" + metricFilters.size() + "]";
        Check.notBlank(field + ".name", filterName);
        if (pattern == null) {
            throw new ScenarioException(field + ".pattern", "must be given (an empty string matches every event)");
        }
        Check.notBlank(field + ".metricName", metricName);
        Check.notBlank(field + ".namespace", namespace);
        if (metricFilters.stream().anyMatch(f -> f.name().equals(filterName))) {
            throw new ScenarioException(field + ".name", "'" + filterName + "' is used twice in log group " + name);
        }
        metricFilters.add(new SimMetricFilter(filterName, pattern, metricName, namespace));
        return this;
    }

    SimLogGroup build() {
        return new SimLogGroup(name, region, metricFilters);
    }
}
