package io.orgaudit.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.evidence.TrailEvidence;

/**
 * The evaluator of D9.AWS.MON.01-style rules: the account passes when at least one trail visible to it has a
 * complete chain. When none has, any evidence that could not be read makes the verdict ERROR rather than FAIL,
 * because the unreadable part might have completed a chain: a wrong FAIL costs an investigation, a wrong PASS
 * hides a gap.
 */
final class MonitoringChainEvaluator implements RuleEvaluator {

    static final String NAME = "cloudtrail-metric-alarm-chain";

    private final PatternEquivalence equivalence;

    MonitoringChainEvaluator(PatternEquivalence equivalence) {
        this.equivalence = equivalence;
    }

    @Override
    public Verdict evaluate(RuleDefinition rule, String profile, AccountEvidence evidence) {
        String account = evidence.accountId();
        List<RegionalFailure> failures = new ArrayList<>();
        List<String> disabledRegions = new ArrayList<>();
        Map<String, TrailEvidence> trails = new LinkedHashMap<>();
        for (TargetEvidence target : evidence.targets()) {
            for (Failure failure : target.failures()) {
                // A region the account never enabled holds no trail: skipped with a note, not an ERROR.
                if (failure.kind() == Failure.Kind.REGION_DISABLED) {
                    disabledRegions.add(target.region());
                } else {
                    failures.add(new RegionalFailure(target.region(), failure));
                }
            }
            // The same trail shows in every region (multi-region, organization): judge it once.
            target.trails().stream().sorted(Comparator.comparing(TrailEvidence::arn))
                    .forEach(trail -> trails.merge(trail.arn(), trail, (a, b) -> a.settings() != null ? a : b));
        }
        Set<String> trailLogGroups = trails.values().stream().map(TrailEvidence::logGroup).filter(Objects::nonNull)
                .map(group -> TrailChainJudge.logGroupKey(group.accountId(), group.region(), group.name()))
                .collect(Collectors.toSet());
        TrailChainJudge judge = new TrailChainJudge(rule, profile, equivalence, trailLogGroups);
        TrailOutcome best = null;
        for (TrailEvidence trail : trails.values()) {
            TrailOutcome outcome = judge.judge(trail);
            if (outcome instanceof TrailOutcome.Complete) {
                return Verdict.pass(account, rule.id(), outcome.reason(), outcome.chain());
            }
            best = moreTelling(best, outcome);
        }
        if (!failures.isEmpty()) {
            return Verdict.error(account, rule.id(), failureReason(failures, best), best == null ? null : best.chain(),
                    failures.get(0).failure());
        }
        if (best instanceof TrailOutcome.Unreadable unreadable) {
            return Verdict.error(account, rule.id(), best.reason(), best.chain(), unreadable.failure());
        }
        String skipped = disabledRegions.isEmpty() ? ""
                : " (regions not enabled in this account, skipped: " + String.join(", ", disabledRegions) + ")";
        if (best == null) {
            List<String> scanned = evidence.regions().stream().filter(r -> !disabledRegions.contains(r)).toList();
            return Verdict.fail(account, rule.id(), "no CloudTrail trail is visible to the account in the regions "
                    + "scanned (" + String.join(", ", scanned) + ")" + skipped, null, BrokenLink.NO_TRAIL);
        }
        TrailOutcome.Broken broken = (TrailOutcome.Broken) best;
        return Verdict.fail(account, rule.id(), failReason(trails.values(), broken) + skipped, best.chain(),
                broken.link());
    }

    /** An unreadable link outranks any broken one; among broken chains the one that breaks latest wins. */
    static TrailOutcome moreTelling(TrailOutcome current, TrailOutcome candidate) {
        if (current == null || current instanceof TrailOutcome.Complete) {
            return current == null ? candidate : current;
        }
        if (current instanceof TrailOutcome.Unreadable) {
            return current;
        }
        if (candidate instanceof TrailOutcome.Unreadable || candidate instanceof TrailOutcome.Complete) {
            return candidate;
        }
        return ((TrailOutcome.Broken) candidate).link().link().compareTo(((TrailOutcome.Broken) current).link().link()) > 0
                ? candidate : current;
    }

    private static String failReason(java.util.Collection<TrailEvidence> trails, TrailOutcome.Broken best) {
        boolean noneSends = trails.stream().allMatch(t -> t.logGroupArn() == null);
        if (noneSends && best.link() == BrokenLink.NO_LOG_GROUP) {
            return "no trail sends to CloudWatch Logs (trails: "
                    + String.join(", ", trails.stream().map(TrailEvidence::name).toList()) + ")";
        }
        return best.reason();
    }

    private record RegionalFailure(String region, Failure failure) {}

    /** A failure of the whole account (not one region's) is the listing of its regions. */
    private static String whatFailed(String region) {
        return region.equals(TargetEvidence.ALL_REGIONS) ? "the account's regions could not be listed"
                : "evidence could not be read in " + region;
    }

    private static String failureReason(List<RegionalFailure> failures, TrailOutcome best) {
        RegionalFailure first = failures.get(0);
        String reason = first.failure().kind() == Failure.Kind.ROLE_NOT_ASSUMABLE
                ? "the audit role cannot be assumed: " + first.failure().describe()
                : whatFailed(first.region()) + ": " + first.failure().describe()
                + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more failed calls)" : "");
        return best == null ? reason : reason + "; among the trails that could be read: " + best.reason();
    }
}
