package io.orgaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orgaudit.report.SeedCommands.Kind;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/**
 * Turns the seed's CLI steps into the steps one failing account needs: starting from the first broken link (see
 * {@link BrokenLink}), leaving out what already exists, with the account's region, log group, filter, metric, alarm
 * and topic filled in and seed defaults where nothing exists yet. The seed's commands keep their shape.
 */
final class RemediationCommands {

    /** The seed's descriptions refer to its own step numbers ("the topic created in step 2"). */
    private static final Pattern STEP_REFERENCE = Pattern.compile("created in step (\\d+)");

    /** A step to give, with its number in the seed (0 for a step orgaudit adds). */
    private record Planned(RemediationSteps.Step step, int seedNumber) {
    }

    private RemediationCommands() {
    }

    static List<RemediationSteps.Step> forFinding(RuleInfo rule, FindingRow finding, List<String> runRegions) {
        List<RemediationSteps.Step> seed = RemediationSteps.of(rule.remediation());
        RemediationTarget target = RemediationTarget.of(finding, rule.parameters(), runRegions);
        // only a rule whose remediation builds the monitoring chain is remediated link by link
        boolean chainRule = seed.stream().anyMatch(step -> Kind.of(step.command()) == Kind.FILTER);
        // a FAIL of another evaluator names no link of this chain: its fix goes from the filter on
        BrokenLink link = chainRule && finding.brokenLink() != null ? finding.brokenLink() : BrokenLink.NO_FILTER;
        int pending = finding.chain() == null ? 0 : finding.chain().pendingSubscribers();

        List<Planned> plan = new ArrayList<>();
        if (chainRule) {
            ChainFixes.before(link, target, pending).forEach(step -> plan.add(new Planned(step, 0)));
        }
        for (int index = 0; index < seed.size(); index++) {
            RemediationSteps.Step step = seed.get(index);
            Kind kind = Kind.of(step.command());
            if (!chainRule || needed(kind, link, finding.chain())) {
                plan.add(new Planned(new RemediationSteps.Step(describe(step.description(), kind, link, target, pending),
                        SeedCommands.fill(step.command(), kind, rule, target)), index + 1));
            }
        }
        if (chainRule) {
            ChainFixes.after(link).forEach(step -> plan.add(new Planned(step, 0)));
        }
        return renumbered(plan, seed, target);
    }

    /** Whether a seed step is part of the fix: from the broken link on, and not already done. */
    private static boolean needed(Kind kind, BrokenLink link, Verdict.Chain evidence) {
        boolean fromAlarm = link.needsFilter() || link == BrokenLink.NO_ALARM || link == BrokenLink.NO_ALARM_ACTION;
        boolean hasTopic = evidence != null && evidence.topicArn() != null;
        boolean hasSubscriber = hasTopic && evidence.confirmedSubscribers() > 0;
        return switch (kind) {
            case FILTER, OTHER -> link.needsFilter();
            case ALARM -> fromAlarm;
            case TOPIC -> link == BrokenLink.TOPIC_MISSING || fromAlarm && !hasTopic;
            case SUBSCRIPTION -> (fromAlarm || link == BrokenLink.TOPIC_MISSING || link == BrokenLink.NO_CONFIRMED_SUBSCRIBER)
                    && !hasSubscriber;
        };
    }

    private static String describe(String seedText, Kind kind, BrokenLink link, RemediationTarget target, int pending) {
        String text = seedText;
        if (kind == Kind.ALARM && link == BrokenLink.NO_ALARM_ACTION) {
            text = "Make alarm " + target.alarm() + " notify the SNS topic created in step 2 (put-metric-alarm "
                    + "replaces the alarm's settings and actions with these)";
        }
        if (kind == Kind.SUBSCRIPTION) {
            // orgaudit counts only confirmed subscribers, and an e-mail endpoint confirms from a message
            text += ", then confirm it from the message sent to its endpoint";
            if (link == BrokenLink.NO_CONFIRMED_SUBSCRIBER && pending > 0) {
                text = "Or, if that message is lost or went to the wrong endpoint: "
                        + Character.toLowerCase(text.charAt(0)) + text.substring(1);
            }
        }
        boolean onTopic = kind == Kind.TOPIC || kind == Kind.SUBSCRIPTION;
        return text + target.inAccount(onTopic ? target.topicAccount() : target.chainAccount());
    }

    /** Seed references to seed step numbers become the numbers given here, or the name of what already exists. */
    private static List<RemediationSteps.Step> renumbered(List<Planned> plan, List<RemediationSteps.Step> seed,
                                                          RemediationTarget target) {
        Map<Integer, Integer> givenNumber = new HashMap<>();
        for (int index = 0; index < plan.size(); index++) {
            if (plan.get(index).seedNumber() > 0) {
                givenNumber.put(plan.get(index).seedNumber(), index + 1);
            }
        }
        List<RemediationSteps.Step> steps = new ArrayList<>();
        for (Planned planned : plan) {
            Matcher reference = STEP_REFERENCE.matcher(planned.step().description());
            StringBuilder text = new StringBuilder();
            while (reference.find()) {
                int seedNumber = Integer.parseInt(reference.group(1));
                String replacement = givenNumber.containsKey(seedNumber) ? "created in step " + givenNumber.get(seedNumber)
                        : seedNumber >= 1 && seedNumber <= seed.size()
                        ? existingName(Kind.of(seed.get(seedNumber - 1).command()), target, reference.group())
                        : reference.group();
                reference.appendReplacement(text, Matcher.quoteReplacement(replacement));
            }
            reference.appendTail(text);
            steps.add(new RemediationSteps.Step(text.toString(), planned.step().command()));
        }
        return steps;
    }

    private static String existingName(Kind kind, RemediationTarget target, String otherwise) {
        return switch (kind) {
            case FILTER -> target.filter();
            case TOPIC -> target.topicName();
            case ALARM -> target.alarm();
            default -> otherwise;
        };
    }
}
