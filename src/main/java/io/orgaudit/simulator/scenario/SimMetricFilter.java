package io.orgaudit.simulator.scenario;

/** A CloudWatch Logs metric filter with its single metric transformation (value 1). */
public record SimMetricFilter(String name, String pattern, String metricName, String namespace) {
}
