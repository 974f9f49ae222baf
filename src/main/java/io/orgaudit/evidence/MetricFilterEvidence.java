package io.orgaudit.evidence;

import java.util.List;

import io.orgaudit.failure.Failure;

/**
 * A metric filter. Alarms are looked up only for filters of interest (those whose pattern some rule asks for),
 * which keeps the calls per log group at one per matching metric instead of one per filter.
 *
 * @param alarmFailure why the alarms of this filter's metrics could not be read, or null
 */
public record MetricFilterEvidence(String name, String pattern, List<MetricRef> metrics, boolean ofInterest,
                                   List<AlarmEvidence> alarms, Failure alarmFailure) {

    public record MetricRef(String name, String namespace) {}
}
