package io.orgaudit.rule;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.AlarmEvidence;
import io.orgaudit.evidence.LogGroupEvidence;
import io.orgaudit.evidence.MetricFilterEvidence;
import io.orgaudit.evidence.TopicEvidence;
import io.orgaudit.evidence.TrailEvidence;
import io.orgaudit.pattern.PatternComparison;

/**
 * Walks one trail's chain link by link (trail, log group, equivalent filter, alarm on that filter's metric, SNS
 * action, confirmed subscriber) and says where it breaks. The alarm must watch the metric of the filter that
 * matched: an alarm on another filter's metric does not monitor unauthorized calls.
 */
final class TrailChainJudge {

    /** Evidence collected under a profile that needed no trail settings, judged under one that does. */
    private static final Failure NOT_READ = new Failure(Failure.Kind.UNKNOWN, "cloudtrail:GetTrailStatus", "NotRead",
            "the trail's status and event selectors were not read: the profile in force when the evidence was "
            + "collected did not need them");

    private final RuleDefinition rule;
    private final String profile;
    private final PatternEquivalence equivalence;
    private final String reference;
    private final List<String> passing;
    /** The log groups the account's trails send to, as {@link #logGroupKey} keys. */
    private final Set<String> trailLogGroups;

    TrailChainJudge(RuleDefinition rule, String profile, PatternEquivalence equivalence, Set<String> trailLogGroups) {
        this.rule = rule;
        this.trailLogGroups = trailLogGroups;
        this.profile = profile;
        this.equivalence = equivalence;
        this.reference = rule.referencePattern();
        this.passing = rule.passingPatterns();
    }

    TrailOutcome judge(TrailEvidence trail) {
        ChainBuilder chain = ChainBuilder.of(trail);
        TrailOutcome trailProblem = profileRequirements(trail, chain);
        if (trailProblem != null) {
            return trailProblem;
        }
        if (trail.logGroupArn() == null) {
            return new TrailOutcome.Broken(BrokenLink.NO_LOG_GROUP, chain.build(), "trail " + trail.name() + " does not send to CloudWatch Logs");
        }
        LogGroupEvidence logGroup = trail.logGroup();
        if (logGroup.failure() != null) {
            return logGroupProblem(trail, logGroup, chain);
        }
        List<MetricFilterEvidence> matching = logGroup.filters().stream().filter(f -> passes(f.pattern())).toList();
        if (matching.isEmpty()) {
            return new TrailOutcome.Broken(BrokenLink.NO_FILTER, chain.build(), noEquivalentFilter(logGroup));
        }
        return firstCompleteOrMostTelling(matching, filter -> judgeFilter(logGroup, filter, chain.withFilter(filter)));
    }

    /** Any complete branch makes the trail complete; otherwise the branch that tells most about what is broken. */
    private static <T> TrailOutcome firstCompleteOrMostTelling(List<T> branches, Function<T, TrailOutcome> judge) {
        TrailOutcome best = null;
        for (T branch : branches) {
            TrailOutcome outcome = judge.apply(branch);
            if (outcome instanceof TrailOutcome.Complete) {
                return outcome;
            }
            best = MonitoringChainEvaluator.moreTelling(best, outcome);
        }
        return best;
    }

    private TrailOutcome profileRequirements(TrailEvidence trail, ChainBuilder chain) {
        if (rule.requires(profile, "requireMultiRegionTrail") && !trail.multiRegion()) {
            return new TrailOutcome.Broken(BrokenLink.TRAIL_NOT_MULTI_REGION, chain.build(), "trail "
                    + trail.name() + " is not multi-region (the " + profile + " profile requires a multi-region trail)");
        }
        if (!rule.needsTrailSettings(profile)) {
            return null;
        }
        if (trail.settings() == null) {
            Failure failure = trail.settingsFailure() != null ? trail.settingsFailure() : NOT_READ;
            return new TrailOutcome.Unreadable(chain.build(), "the status of trail " + trail.name()
                    + " could not be read: " + describe(failure), failure);
        }
        if (rule.requires(profile, "requireLogging") && !trail.settings().logging()) {
            return new TrailOutcome.Broken(BrokenLink.TRAIL_NOT_LOGGING, chain.build(), "trail " + trail.name()
                    + " is not logging");
        }
        if (rule.requires(profile, "requireAllManagementEvents") && !trail.settings().allManagementEvents()) {
            return new TrailOutcome.Broken(BrokenLink.TRAIL_MISSING_MANAGEMENT_EVENTS, chain.build(), "trail "
                    + trail.name() + " does not record all read and write management events: "
                    + trail.settings().selectors());
        }
        return null;
    }

    private static TrailOutcome logGroupProblem(TrailEvidence trail, LogGroupEvidence logGroup, ChainBuilder chain) {
        String where = "log group " + logGroup.name() + " (account " + logGroup.accountId() + ", "
                + logGroup.region() + ")";
        if (logGroup.failure().kind() == Failure.Kind.NOT_FOUND) {
            return new TrailOutcome.Broken(BrokenLink.LOG_GROUP_MISSING, chain.build(), "trail " + trail.name() + " sends to " + where
                    + ", which does not exist");
        }
        return new TrailOutcome.Unreadable(chain.build(), where + ", named by trail " + trail.name()
                + ", could not be read: " + describe(logGroup.failure()), logGroup.failure());
    }

    private String noEquivalentFilter(LogGroupEvidence logGroup) {
        return "log group " + logGroup.name() + " has no metric filter equivalent to the required pattern ("
                + nearestFilter(logGroup) + ")" + equivalentElsewhere(logGroup);
    }

    /**
     * "; log group B, which no trail sends to, has an equivalent filter, F": the filter was made, but on a log group
     * the trail does not feed. A log group another trail sends to is left out: that trail's own chain is judged.
     */
    private String equivalentElsewhere(LogGroupEvidence logGroup) {
        List<String> found = logGroup.elsewhere().stream()
                .filter(filter -> !trailLogGroups.contains(logGroupKey(logGroup.accountId(), logGroup.region(),
                        filter.logGroupName())))
                .filter(filter -> passes(filter.pattern()))
                .map(filter -> "log group " + filter.logGroupName() + ", which no trail sends to, has an equivalent "
                        + "filter, " + filter.filterName())
                .distinct().toList();
        return switch (found.size()) {
            case 0 -> "";
            case 1 -> "; " + found.get(0);
            default -> "; " + found.get(0) + " (and " + (found.size() - 1) + " more log groups no trail sends to)";
        };
    }

    /** Whether a filter's pattern is equivalent to the rule's reference or to one of its accepted forms. */
    private boolean passes(String pattern) {
        return passing.stream().anyMatch(p -> equivalence.compare(p, pattern).equivalent());
    }

    static String logGroupKey(String accountId, String region, String name) {
        return accountId + "|" + region + "|" + name;
    }

    private String nearestFilter(LogGroupEvidence logGroup) {
        if (logGroup.filters().isEmpty()) {
            return "it has no metric filters";
        }
        // A benchmark's older form is the likeliest near miss: name the version, so the fix reads as an upgrade.
        for (RuleDefinition.PublishedPattern older : rule.olderPatterns()) {
            for (MetricFilterEvidence filter : logGroup.filters()) {
                if (equivalence.compare(older.pattern(), filter.pattern()).equivalent()) {
                    return "filter " + filter.name() + " has the pattern published in " + older.publication()
                            + ", which this rule does not accept: "
                            + equivalence.compare(reference, filter.pattern()).difference();
                }
            }
        }
        return ClosestFilter.to(reference, logGroup.filters())
                .map(closest -> {
                    PatternComparison comparison = equivalence.compare(reference, closest.pattern());
                    return "closest: " + closest.name() + ", " + comparison.difference();
                })
                .orElse(noneAlike(logGroup.filters()) + notJsonPatterns(logGroup));
    }

    /** "its only filter, X, has a pattern unlike the required one", naming up to three filters. */
    private static String noneAlike(List<MetricFilterEvidence> filters) {
        List<String> names = filters.stream().map(MetricFilterEvidence::name).toList();
        if (names.size() == 1) {
            return "its only filter, " + names.get(0) + ", has a pattern unlike the required one";
        }
        String named = names.size() <= 3 ? String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1) : String.join(", ", names.subList(0, 3)) + ", ...";
        return "none of its " + names.size() + " filters (" + named + ") has a pattern like the required one";
    }

    /** "; filter X is a space-delimited pattern, not a JSON one, so it can never be equivalent". */
    private static String notJsonPatterns(LogGroupEvidence logGroup) {
        List<String> kinds = logGroup.filters().stream()
                .flatMap(filter -> io.orgaudit.pattern.FilterPatterns.kindIfNotJson(filter.pattern()).stream()
                        .map(kind -> "filter " + filter.name() + " is " + kind))
                .toList();
        return kinds.isEmpty() ? "" : "; " + String.join(", ", kinds) + (kinds.size() == 1 ? ", not a JSON pattern, "
                + "so it can never be equivalent" : ", not JSON patterns, so they can never be equivalent");
    }

    private TrailOutcome judgeFilter(LogGroupEvidence logGroup, MetricFilterEvidence filter, ChainBuilder chain) {
        if (filter.alarmFailure() != null) {
            return new TrailOutcome.Unreadable(chain.build(), "the alarms on the metric of filter " + filter.name()
                    + " could not be read: " + describe(filter.alarmFailure()), filter.alarmFailure());
        }
        if (filter.alarms().isEmpty()) {
            return new TrailOutcome.Broken(BrokenLink.NO_ALARM, chain.build(), "metric filter " + filter.name() + " on log group "
                    + logGroup.name() + " matches the required pattern, but no CloudWatch alarm watches its metric "
                    + ChainBuilder.metrics(filter) + alarmsOnOtherMetrics(logGroup, filter));
        }
        return firstCompleteOrMostTelling(filter.alarms(), alarm -> judgeAlarm(alarm, chain.withAlarm(alarm)));
    }

    /**
     * The alarms known to watch the metrics of the log group's other filters: an alarm that exists but watches
     * another metric is the likeliest mistake, and different from having no alarm at all. Only filters whose alarms
     * were read (those some selected rule asks for) are known.
     */
    private static String alarmsOnOtherMetrics(LogGroupEvidence logGroup, MetricFilterEvidence matching) {
        List<String> others = logGroup.filters().stream()
                .filter(other -> other != matching && other.alarms() != null)
                .flatMap(other -> other.alarms().stream().map(alarm -> alarm.name() + ", which watches "
                        + alarm.namespace() + "/" + alarm.metricName() + " (filter " + other.name() + ")"))
                .distinct().toList();
        return switch (others.size()) {
            case 0 -> "";
            case 1 -> "; the only other alarm known is " + others.get(0);
            case 2 -> "; the other alarms known are " + others.get(0) + ", and " + others.get(1);
            default -> "; " + others.size() + " alarms watch the metrics of the log group's other filters, none "
                    + "this one";
        };
    }

    private TrailOutcome judgeAlarm(AlarmEvidence alarm, ChainBuilder chain) {
        if (rule.requires(profile, "requireAlarmActionsEnabled") && !alarm.actionsEnabled()) {
            return new TrailOutcome.Broken(BrokenLink.ALARM_ACTIONS_DISABLED, chain.build(), "alarm " + alarm.name()
                    + " has its actions disabled");
        }
        if (alarm.topics().isEmpty()) {
            return new TrailOutcome.Broken(BrokenLink.NO_ALARM_ACTION, chain.build(), "alarm " + alarm.name()
                    + " has no SNS topic among its alarm actions");
        }
        return firstCompleteOrMostTelling(alarm.topics(), topic -> judgeTopic(alarm, topic, chain.withTopic(topic)));
    }

    private static TrailOutcome judgeTopic(AlarmEvidence alarm, TopicEvidence topic, ChainBuilder chain) {
        if (topic.failure() != null && topic.failure().kind() == Failure.Kind.NOT_FOUND) {
            return new TrailOutcome.Broken(BrokenLink.TOPIC_MISSING, chain.build(), "alarm " + alarm.name()
                    + " notifies SNS topic "
                    + topic.arn() + ", which does not exist");
        }
        if (topic.failure() != null) {
            return new TrailOutcome.Unreadable(chain.build(), "SNS topic " + topic.arn() + " could not be read: "
                    + describe(topic.failure()), topic.failure());
        }
        if (topic.confirmed() == 0) {
            return new TrailOutcome.Broken(BrokenLink.NO_CONFIRMED_SUBSCRIBER, chain.build(), "SNS topic " + topic.arn()
                    + " has no confirmed subscription" + (topic.pending() > 0
                    ? " (" + topic.pending() + " pending confirmation)" : " (it has no subscriptions)"));
        }
        Verdict.Chain complete = chain.build();
        return new TrailOutcome.Complete(complete, ChainBuilder.describe(complete));
    }

    static String describe(Failure failure) {
        if (failure == null) {
            return "unknown error";
        }
        String text = failure.describe();
        return failure.kind() == Failure.Kind.ROLE_NOT_ASSUMABLE ? "the audit role cannot be assumed, " + text : text;
    }
}
