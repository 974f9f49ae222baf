package io.orgaudit.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.failure.Failure;
import io.orgaudit.access.RoleAssumptionException;

/**
 * Reads a log group named by a trail, in the account and region of its ARN (the management or log-archive account
 * for an organization trail): its metric filters by log group name (never a walk over all log groups), then the
 * alarms on the metrics of the filters of interest, then their topics. Where the log group lacks a filter some rule
 * asks for, the region's filters are listed once to say whether another log group has it.
 */
final class LogGroupReader {

    private static final Logger log = LoggerFactory.getLogger(LogGroupReader.class);

    private final AwsAccess access;
    private final SharedEvidence shared;
    private final FilterOfInterest filterOfInterest;
    private final TopicReader topics;

    LogGroupReader(AwsAccess access, SharedEvidence shared, FilterOfInterest filterOfInterest, TopicReader topics) {
        this.access = access;
        this.shared = shared;
        this.filterOfInterest = filterOfInterest;
        this.topics = topics;
    }

    LogGroupEvidence read(long runId, String logGroupArn) {
        return shared.once(runId, "log-group|" + logGroupArn, () -> readNow(runId, logGroupArn));
    }

    private LogGroupEvidence readNow(long runId, String logGroupArn) {
        Arns.Parts arn = Arns.parse(logGroupArn).filter(p -> p.resource().startsWith("log-group:")).orElse(null);
        if (arn == null) {
            return new LogGroupEvidence(logGroupArn, null, null, logGroupArn, List.of(), new Failure(
                    Failure.Kind.NOT_FOUND, "cloudtrail:DescribeTrails", "MalformedArn",
                    "the trail's CloudWatchLogsLogGroupArn is not a log group ARN"));
        }
        String name = Arns.logGroupName(arn);
        AccountSession owner;
        List<MetricFilter> filters = new ArrayList<>();
        try {
            owner = access.session(arn.accountId());
            owner.logs(arn.region()).describeMetricFiltersPaginator(r -> r.logGroupName(name))
                    .metricFilters().forEach(filters::add);
        } catch (RoleAssumptionException e) {
            return new LogGroupEvidence(logGroupArn, arn.accountId(), arn.region(), name, List.of(), e.failure());
        } catch (RuntimeException e) {
            return new LogGroupEvidence(logGroupArn, arn.accountId(), arn.region(), name, List.of(),
                    AwsFailures.classify("logs:DescribeMetricFilters", e));
        }
        List<MetricFilterEvidence> evidence = new ArrayList<>();
        // Filters of several rules may feed one metric: its alarms are asked for once.
        Map<MetricFilterEvidence.MetricRef, List<MetricAlarm>> alarmsByMetric = new HashMap<>();
        for (MetricFilter filter : filters) {
            evidence.add(filterEvidence(runId, owner.cloudWatch(arn.region()), filter, alarmsByMetric));
        }
        List<LogGroupEvidence.FilterElsewhere> elsewhere =
                filterOfInterest.leavesARuleUnmatched(filters.stream().map(LogGroupReader::pattern).toList())
                        ? filtersElsewhere(runId, owner, arn, name) : List.of();
        return new LogGroupEvidence(logGroupArn, arn.accountId(), arn.region(), name, evidence, null, elsewhere);
    }

    /**
     * The filters some rule asks for on the region's other log groups: one listing of the region's filters (a page
     * per 50), made only where a trail's log group lacks a rule's filter, and once per account and region however
     * many log groups lack one. It only adds a hint to a FAIL, so a failed listing leaves the hint out and the
     * verdict as it is.
     */
    private List<LogGroupEvidence.FilterElsewhere> filtersElsewhere(long runId, AccountSession owner, Arns.Parts arn,
                                                                    String name) {
        List<LogGroupEvidence.FilterElsewhere> ofInterest = shared.once(runId,
                "region-filters|" + arn.accountId() + "|" + arn.region(), () -> regionsFiltersOfInterest(owner, arn));
        return ofInterest.stream().filter(filter -> !filter.logGroupName().equals(name)).toList();
    }

    private List<LogGroupEvidence.FilterElsewhere> regionsFiltersOfInterest(AccountSession owner, Arns.Parts arn) {
        try {
            return owner.logs(arn.region()).describeMetricFiltersPaginator(r -> { }).metricFilters().stream()
                    .filter(filter -> filterOfInterest.test(pattern(filter)))
                    .map(filter -> new LogGroupEvidence.FilterElsewhere(filter.logGroupName(), filter.filterName(),
                            pattern(filter)))
                    .toList();
        } catch (RuntimeException e) {
            log.info("The metric filters of account {} in {} could not be listed, so a FAIL there does not say "
                    + "whether another log group has the filter: {}", arn.accountId(), arn.region(),
                    AwsFailures.classify("logs:DescribeMetricFilters", e).describe());
            return List.of();
        }
    }

    private static String pattern(MetricFilter filter) {
        return filter.filterPattern() == null ? "" : filter.filterPattern();
    }

    private MetricFilterEvidence filterEvidence(long runId, CloudWatchClient cloudWatch, MetricFilter filter,
                                                Map<MetricFilterEvidence.MetricRef, List<MetricAlarm>> alarmsByMetric) {
        List<MetricFilterEvidence.MetricRef> metrics = filter.metricTransformations().stream()
                .map(t -> new MetricFilterEvidence.MetricRef(t.metricName(), t.metricNamespace())).toList();
        String pattern = pattern(filter);
        if (!filterOfInterest.test(pattern)) {
            return new MetricFilterEvidence(filter.filterName(), pattern, metrics, false, List.of(), null);
        }
        List<AlarmEvidence> alarms = new ArrayList<>();
        try {
            for (MetricFilterEvidence.MetricRef metric : metrics) {
                List<MetricAlarm> known = alarmsByMetric.get(metric);
                if (known == null) {
                    known = cloudWatch.describeAlarmsForMetric(
                            r -> r.metricName(metric.name()).namespace(metric.namespace())).metricAlarms();
                    alarmsByMetric.put(metric, known);
                }
                for (MetricAlarm alarm : known) {
                    alarms.add(alarmEvidence(runId, alarm));
                }
            }
        } catch (RuntimeException e) {
            return new MetricFilterEvidence(filter.filterName(), pattern, metrics, true, alarms,
                    AwsFailures.classify("cloudwatch:DescribeAlarmsForMetric", e));
        }
        return new MetricFilterEvidence(filter.filterName(), pattern, metrics, true, alarms, null);
    }

    private AlarmEvidence alarmEvidence(long runId, MetricAlarm alarm) {
        List<TopicEvidence> alarmTopics = alarm.alarmActions().stream()
                .filter(Arns::isTopic)
                .map(topicArn -> topics.read(runId, topicArn))
                .toList();
        return new AlarmEvidence(alarm.alarmName(), alarm.alarmArn(), Boolean.TRUE.equals(alarm.actionsEnabled()),
                alarm.alarmActions(), alarm.metricName(), alarm.namespace(), alarmTopics);
    }
}
