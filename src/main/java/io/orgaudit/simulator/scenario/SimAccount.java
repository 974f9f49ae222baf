package io.orgaudit.simulator.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One member account of the simulated organization and everything in it. {@code ouPath} is "" for an
 * account directly under the root, else OU names joined by "/" (e.g. {@code Workloads/Prod}).
 * {@code auditRoleDeployed} false means AssumeRole into it is denied (as when the role is missing).
 * {@code expected} is the verdict expected for the seed rule {@value ExpectedVerdict#SEED_RULE}, {@code expectedOthers}
 * the one for every other rule, and {@code expectedByRule} overrides it rule by rule; see {@link #expectedFor(String)}.
 * The simulator never reads any of the three. {@code tags} are the account's Organizations tags (key -> value), as
 * ListTagsForResource answers them.
 */
public record SimAccount(String id, String name, String email, String status, String ouPath,
                         List<String> enabledRegions, Optional<ExpectedVerdict> expected, boolean auditRoleDeployed,
                         List<SimTrail> trails, List<SimLogGroup> logGroups, List<SimAlarm> alarms,
                         List<SimTopic> topics, Optional<ExpectedVerdict> expectedOthers,
                         Map<String, ExpectedVerdict> expectedByRule, Map<String, String> tags) {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    public SimAccount {
        enabledRegions = List.copyOf(enabledRegions);
        trails = List.copyOf(trails);
        logGroups = List.copyOf(logGroups);
        alarms = List.copyOf(alarms);
        topics = List.copyOf(topics);
        expectedByRule = Map.copyOf(expectedByRule);
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        if (expectedByRule.containsKey(ExpectedVerdict.SEED_RULE)) {
            throw new IllegalArgumentException("the expectation for " + ExpectedVerdict.SEED_RULE + " is `expected`");
        }
    }

    /** An account without expectations for rules other than the seed's. */
    public SimAccount(String id, String name, String email, String status, String ouPath, List<String> enabledRegions,
                      Optional<ExpectedVerdict> expected, boolean auditRoleDeployed, List<SimTrail> trails,
                      List<SimLogGroup> logGroups, List<SimAlarm> alarms, List<SimTopic> topics) {
        this(id, name, email, status, ouPath, enabledRegions, expected, auditRoleDeployed, trails, logGroups, alarms,
                topics, Optional.empty(), Map.of(), Map.of());
    }

    /**
     * The verdict the scenario expects for this account and rule: {@code expected} for the seed rule, else the rule's
     * own entry of {@code expectedByRule}, else {@code expectedOthers}; empty when the scenario states none.
     */
    public Optional<ExpectedVerdict> expectedFor(String ruleId) {
        if (ExpectedVerdict.SEED_RULE.equals(ruleId)) {
            return expected;
        }
        ExpectedVerdict own = expectedByRule.get(ruleId);
        return own != null ? Optional.of(own) : expectedOthers;
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public Optional<SimLogGroup> logGroup(String region, String name) {
        return logGroups.stream().filter(g -> g.region().equals(region) && g.name().equals(name)).findFirst();
    }

    public Optional<SimTopic> topic(String region, String name) {
        return topics.stream().filter(t -> t.region().equals(region) && t.name().equals(name)).findFirst();
    }

    public String arn(String managementAccountId, String organizationId) {
        return "arn:aws:organizations::" + managementAccountId + ":account/" + organizationId + "/" + id;
    }
}
