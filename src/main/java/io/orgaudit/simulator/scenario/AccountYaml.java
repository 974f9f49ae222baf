package io.orgaudit.simulator.scenario;

import java.util.List;

/** Reads one account entry of the scenario YAML, and its trails, log groups, alarms and topics. */
final class AccountYaml {

    static final String[] FIELDS = {"id", "name", "email", "status", "ou", "regions", "auditRoleDeployed", "expected",
            "expectedOthers", "expectedByRule", "tags", "trails", "logGroups", "alarms", "topics"};

    private static final String[] TRAIL_FIELDS = {"name", "homeRegion", "multiRegion", "organizationTrail", "appliesToOus",
            "logging", "eventSelectors", "logGroup", "s3BucketName"};

    private static final String[] ALARM_FIELDS = {"name", "region", "metricName", "namespace", "actionsEnabled", "actions",
            "statistic", "period", "threshold", "comparisonOperator", "evaluationPeriods", "state"};

    private AccountYaml() {
    }

    /** An item of alarms that includes a filter set: one alarm per selected filter, on its metric. */
    private static final String[] ALARM_INCLUDE_FIELDS = {"include", "only", "except", "region", "actionsEnabled", "actions"};

    static void read(YamlNode yaml, AccountBuilder account) {
        read(yaml, account, FilterSets.none());
    }

    static void read(YamlNode yaml, AccountBuilder account, FilterSets filterSets) {
        yaml.optionalText("name").ifPresent(name -> yaml.at(() -> account.name(name)));
        yaml.optionalText("email").ifPresent(email -> yaml.at(() -> account.email(email)));
        yaml.optionalText("status").ifPresent(status -> yaml.at(() -> account.status(status)));
        yaml.optionalText("ou").ifPresent(ou -> yaml.at(() -> account.ou(ou)));
        if (yaml.optional("regions").isPresent()) {
            List<String> regions = yaml.textList("regions");
            yaml.at(() -> account.regions(regions));
        }
        account.auditRoleDeployed(yaml.bool("auditRoleDeployed", true));
        yaml.optional("expected").ifPresent(expected -> {
            ExpectedVerdict verdict = readExpected(expected);
            account.expect(verdict.verdict(), verdict.why());
        });
        yaml.optional("expectedOthers").ifPresent(others -> {
            // "same": every other rule is expected to end as the seed rule does, for the same reason.
            if (others.isText() && others.text().equals("same")) {
                ExpectedVerdict seed = readExpected(yaml.optional("expected").orElseThrow(() -> ScenarioException.located(
                        others.path(), "'same' repeats `expected`, which this account does not give")));
                account.expectOthers(seed.verdict(), seed.why());
            } else if (others.isText()) {
                throw ScenarioException.located(others.path(), "must be same or {verdict, why}, not '" + others.text() + "'");
            } else {
                ExpectedVerdict verdict = readExpected(others);
                account.expectOthers(verdict.verdict(), verdict.why());
            }
        });
        yaml.optional("expectedByRule").ifPresent(byRule -> {
            for (String ruleId : byRule.fieldNames()) {
                YamlNode expected = byRule.required(ruleId);
                if (ruleId.equals(ExpectedVerdict.SEED_RULE)) {
                    throw ScenarioException.located(expected.path(), "the expectation for " + ExpectedVerdict.SEED_RULE
                            + " is the account's `expected`");
                }
                ExpectedVerdict verdict = readExpected(expected);
                account.expectFor(ruleId, verdict.verdict(), verdict.why());
            }
        });
        yaml.optional("tags").ifPresent(tags -> {
            for (String key : tags.fieldNames()) {
                YamlNode value = tags.required(key);
                value.at(() -> account.tag(key, value.text()));
            }
        });
        yaml.list("trails").forEach(trail -> trail.at(() -> account.trail(trail.requireObject(TRAIL_FIELDS).requiredText("name"),
                trail.requiredText("homeRegion"), builder -> readTrail(trail, builder))));
        yaml.list("logGroups").forEach(group -> group.at(() -> account.logGroup(
                group.requireObject("name", "region", "metricFilters").requiredText("name"), group.requiredText("region"),
                builder -> group.list("metricFilters").forEach(filter -> readFilters(filter, builder, filterSets)))));
        yaml.list("alarms").forEach(alarm -> readAlarms(alarm, account, filterSets));
        yaml.list("topics").forEach(topic -> topic.at(() -> account.topic(
                topic.requireObject("name", "region", "subscriptions").requiredText("name"), topic.requiredText("region"),
                builder -> topic.list("subscriptions").forEach(subscription -> readSubscription(subscription, builder)))));
    }

    /** One item of a log group's metricFilters: a filter, or an include line of a filter set. */
    private static void readFilters(YamlNode filter, LogGroupBuilder builder, FilterSets filterSets) {
        if (!FilterSets.isInclude(filter)) {
            readFilter(filter, builder);
            return;
        }
        filter.requireObject("include", "only", "except");
        for (FilterSets.Entry entry : filterSets.selected(filter)) {
            try {
                builder.metricFilter(entry.name(), entry.pattern(), entry.metricName(), entry.namespace());
            } catch (ScenarioException e) {
                // The builder counts the expanded filters; name the include line and the set's filter.
                throw ScenarioException.located(filter.path(), "filter " + entry.name() + " of set "
                        + filter.requiredText("include") + ": " + e.getMessage());
            }
        }
    }

    /** One item of an account's alarms: an alarm, or an include line making one alarm per filter of the set. */
    private static void readAlarms(YamlNode alarm, AccountBuilder account, FilterSets filterSets) {
        if (!FilterSets.isInclude(alarm)) {
            alarm.at(() -> account.alarm(alarm.requireObject(ALARM_FIELDS).requiredText("name"),
                    alarm.requiredText("region"), builder -> readAlarm(alarm, builder)));
            return;
        }
        alarm.requireObject(ALARM_INCLUDE_FIELDS);
        String region = alarm.requiredText("region");
        for (FilterSets.Entry entry : filterSets.selected(alarm)) {
            alarm.at(() -> account.alarm(entry.alarm(), region, builder -> {
                builder.metric(entry.metricName(), entry.namespace());
                builder.actionsEnabled(alarm.bool("actionsEnabled", true));
                alarm.textList("actions").forEach(builder::action);
            }));
        }
    }

    private static ExpectedVerdict readExpected(YamlNode expected) {
        expected.requireObject("verdict", "why");
        return new ExpectedVerdict(ScenarioYaml.enumValue(expected.required("verdict"), ExpectedVerdict.Outcome.class),
                expected.optionalText("why").orElse(""));
    }

    private static void readTrail(YamlNode yaml, TrailBuilder trail) {
        trail.multiRegion(yaml.bool("multiRegion", true));
        trail.organizationTrail(yaml.bool("organizationTrail", false));
        trail.logging(yaml.bool("logging", true));
        if (yaml.optional("appliesToOus").isPresent()) {
            trail.appliesToOus(yaml.textList("appliesToOus"));
        }
        yaml.optional("eventSelectors").ifPresent(selectors -> trail.eventSelectors(
                EventSelectors.fromYamlName(selectors.text()).orElseThrow(() -> new ScenarioException("eventSelectors",
                        "'" + selectors.text() + "' is not one of basic, basic-write-only, basic-read-only,"
                                + " basic-no-management, advanced, advanced-write-only"))));
        yaml.optional("logGroup").ifPresent(group -> {
            if (group.isText()) {
                trail.logGroup(group.text());
            } else {
                group.requireObject("name", "account", "region");
                String account = group.optional("account").map(YamlNode::accountId).orElse(null);
                trail.logGroup(group.requiredText("name"), account, group.optionalText("region").orElse(null));
            }
        });
        yaml.optionalText("s3BucketName").ifPresent(trail::s3BucketName);
    }

    private static void readFilter(YamlNode yaml, LogGroupBuilder group) {
        group.metricFilter(yaml.requireObject("name", "pattern", "metricName", "namespace").requiredText("name"),
                yaml.required("pattern").text(), yaml.requiredText("metricName"), yaml.requiredText("namespace"));
    }

    private static void readAlarm(YamlNode yaml, AlarmBuilder alarm) {
        alarm.metric(yaml.requiredText("metricName"), yaml.requiredText("namespace"));
        alarm.actionsEnabled(yaml.bool("actionsEnabled", true));
        yaml.textList("actions").forEach(alarm::action);
        yaml.optionalText("statistic").ifPresent(alarm::statistic);
        yaml.optionalInt("period").ifPresent(alarm::period);
        yaml.optionalNumber("threshold").ifPresent(alarm::threshold);
        yaml.optionalText("comparisonOperator").ifPresent(alarm::comparisonOperator);
        yaml.optionalInt("evaluationPeriods").ifPresent(alarm::evaluationPeriods);
        yaml.optionalText("state").ifPresent(alarm::state);
    }

    private static void readSubscription(YamlNode yaml, TopicBuilder topic) {
        yaml.requireObject("protocol", "endpoint", "confirmed");
        topic.subscription(yaml.requiredText("protocol"), yaml.requiredText("endpoint"), yaml.bool("confirmed", true));
    }
}
