package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Describes one account and its resources; from {@link ScenarioBuilder#account(String, Consumer)}. */
public final class AccountBuilder {

    private final String id;
    private String name;
    private String email;
    private String status = SimAccount.ACTIVE;
    private String ouPath = "";
    private List<String> regions;
    private ExpectedVerdict expected;
    private ExpectedVerdict expectedOthers;
    private final Map<String, ExpectedVerdict> expectedByRule = new LinkedHashMap<>();
    private boolean auditRoleDeployed = true;
    private final List<SimTrail> trails = new ArrayList<>();
    private final List<SimLogGroup> logGroups = new ArrayList<>();
    private final List<SimAlarm> alarms = new ArrayList<>();
    private final List<SimTopic> topics = new ArrayList<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    AccountBuilder(String id) {
        this.id = Check.accountId("id", id);
    }

    static AccountBuilder from(SimAccount account) {
        AccountBuilder builder = new AccountBuilder(account.id());
        builder.name = account.name();
        builder.email = account.email();
        builder.status = account.status();
        builder.ouPath = account.ouPath();
        builder.regions = account.enabledRegions();
        builder.expected = account.expected().orElse(null);
        builder.expectedOthers = account.expectedOthers().orElse(null);
        builder.expectedByRule.putAll(account.expectedByRule());
        builder.auditRoleDeployed = account.auditRoleDeployed();
        builder.trails.addAll(account.trails());
        builder.logGroups.addAll(account.logGroups());
        builder.alarms.addAll(account.alarms());
        builder.topics.addAll(account.topics());
        builder.tags.putAll(account.tags());
        return builder;
    }

    public AccountBuilder name(String name) {
        this.name = Check.notBlank("name", name);
        return this;
    }

    public AccountBuilder email(String email) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new ScenarioException("email", "'" + email + "' is not an e-mail address");
        }
        this.email = email;
        return this;
    }

    /** ACTIVE (default) or SUSPENDED. */
    public AccountBuilder status(String status) {
        this.status = Check.status("status", status);
        return this;
    }

    /** OU path such as {@code Workloads/Prod}; "" (default) is directly under the root. */
    public AccountBuilder ou(String ouPath) {
        this.ouPath = Check.ouPath("ou", ouPath);
        return this;
    }

    /** Enabled regions; default: the scenario's default regions. */
    public AccountBuilder regions(List<String> regions) {
        for (int i = 0; i < regions.size(); i++) {
            Check.region("regions[" + i + "]", regions.get(i));
        }
        this.regions = List.copyOf(regions);
        return this;
    }

    public AccountBuilder regions(String... regions) {
        return regions(List.of(regions));
    }

    /** The verdict expected for the seed rule {@value ExpectedVerdict#SEED_RULE}. */
    public AccountBuilder expect(ExpectedVerdict.Outcome verdict, String why) {
        this.expected = new ExpectedVerdict(verdict, why);
        return this;
    }

    /** The verdict expected for every rule other than the seed's, unless {@link #expectFor} says otherwise. */
    public AccountBuilder expectOthers(ExpectedVerdict.Outcome verdict, String why) {
        this.expectedOthers = new ExpectedVerdict(verdict, why);
        return this;
    }

    /** The verdict expected for one rule other than the seed's (for the seed's: {@link #expect}). */
    public AccountBuilder expectFor(String ruleId, ExpectedVerdict.Outcome verdict, String why) {
        Check.notBlank("ruleId", ruleId);
        if (ExpectedVerdict.SEED_RULE.equals(ruleId)) {
            throw new ScenarioException(ruleId, "the expectation for " + ExpectedVerdict.SEED_RULE + " is `expected`");
        }
        expectedByRule.put(ruleId, new ExpectedVerdict(verdict, why));
        return this;
    }

    /** False: the audit role is missing, so AssumeRole into this account is denied. Default true. */
    public AccountBuilder auditRoleDeployed(boolean deployed) {
        this.auditRoleDeployed = deployed;
        return this;
    }

    /**
     * An Organizations tag of the account. As in AWS, a key is 1 to 128 characters and a value 0 to 256 (an empty value
     * is allowed, a missing one is not).
     */
    public AccountBuilder tag(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > 128) {
            throw new ScenarioException("tags", "'" + key + "' is not a tag key (1 to 128 characters)");
        }
        if (value == null || value.length() > 256) {
            throw new ScenarioException("tags." + key, "a tag value is 0 to 256 characters");
        }
        tags.put(key, value);
        return this;
    }

    public AccountBuilder trail(String name, String homeRegion, Consumer<TrailBuilder> spec) {
        TrailBuilder builder = new TrailBuilder(name, homeRegion);
        spec.accept(builder);
        SimTrail trail = builder.build(id);
        if (trails.stream().anyMatch(t -> t.name().equals(name))) {
            throw new ScenarioException("name", "trail '" + name + "' is defined twice in account " + id);
        }
        trails.add(trail);
        return this;
    }

    public AccountBuilder logGroup(String name, String region, Consumer<LogGroupBuilder> spec) {
        LogGroupBuilder builder = new LogGroupBuilder(name, region);
        spec.accept(builder);
        if (logGroups.stream().anyMatch(g -> g.name().equals(name) && g.region().equals(region))) {
            throw new ScenarioException("name", "log group '" + name + "' is defined twice in " + id + "/" + region);
        }
        logGroups.add(builder.build());
        return this;
    }

    public AccountBuilder alarm(String name, String region, Consumer<AlarmBuilder> spec) {
        AlarmBuilder builder = new AlarmBuilder(name, region);
        spec.accept(builder);
        SimAlarm alarm = builder.build(id);
        if (alarms.stream().anyMatch(a -> a.name().equals(name) && a.region().equals(region))) {
            throw new ScenarioException("name", "alarm '" + name + "' is defined twice in " + id + "/" + region);
        }
        alarms.add(alarm);
        return this;
    }

    public AccountBuilder topic(String name, String region, Consumer<TopicBuilder> spec) {
        TopicBuilder builder = new TopicBuilder(name, region);
        spec.accept(builder);
        if (topics.stream().anyMatch(t -> t.name().equals(name) && t.region().equals(region))) {
            throw new ScenarioException("name", "topic '" + name + "' is defined twice in " + id + "/" + region);
        }
        topics.add(builder.build());
        return this;
    }

    /** Drops every trail, log group, alarm and topic (to redescribe an account taken from a scenario). */
    public AccountBuilder clearResources() {
        trails.clear();
        logGroups.clear();
        alarms.clear();
        topics.clear();
        return this;
    }

    String id() {
        return id;
    }

    SimAccount build(List<String> defaultRegions) {
        String accountName = name == null ? "account-" + id : name;
        String accountEmail = email == null ? "aws+" + id + "@example.com" : email;
        return new SimAccount(id, accountName, accountEmail, status, ouPath,
                regions == null ? defaultRegions : regions, Optional.ofNullable(expected), auditRoleDeployed,
                trails, logGroups, alarms, topics, Optional.ofNullable(expectedOthers), expectedByRule, tags);
    }
}
