package io.orgaudit.simulator.scenario;

import java.util.List;
import java.util.Optional;

/**
 * One member account of the simulated organization and everything in it. {@code ouPath} is "" for an
 * account directly under the root, else OU names joined by "/" (e.g. {@code Workloads/Prod}).
 * {@code auditRoleDeployed} false means AssumeRole into it is denied (as when the role is missing).
 */
public record SimAccount(String id, String name, String email, String status, String ouPath,
                         List<String> enabledRegions, Optional<ExpectedVerdict> expected, boolean auditRoleDeployed,
                         List<SimTrail> trails, List<SimLogGroup> logGroups, List<SimAlarm> alarms,
                         List<SimTopic> topics) {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    public SimAccount {
        enabledRegions = List.copyOf(enabledRegions);
        trails = List.copyOf(trails);
        logGroups = List.copyOf(logGroups);
        alarms = List.copyOf(alarms);
        topics = List.copyOf(topics);
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
