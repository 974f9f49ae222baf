package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fluent description of a simulated organization. Defaults suit small tests: organization
 * {@code o-exampleorg1}, management account {@code 111111111111} (added bare if not described),
 * audit role {@code OrgAuditReadOnly}, no external id, default regions [us-east-1].
 */
public final class ScenarioBuilder {

    private String organizationId = "o-exampleorg1";
    private String managementAccountId = "111111111111";
    private String auditRoleName = "OrgAuditReadOnly";
    private String externalId;
    private List<String> defaultRegions = List.of("us-east-1");
    private final List<String> ouPaths = new ArrayList<>();
    private final Map<String, AccountBuilder> accounts = new LinkedHashMap<>();
    private final List<BucketSpec> buckets = new ArrayList<>();

    /** A declared bucket; account and region are settled at build time (management account, first default region). */
    private record BucketSpec(String name, String accountId, String region) {
    }

    ScenarioBuilder() {
    }

    static ScenarioBuilder from(Scenario scenario) {
        ScenarioBuilder builder = new ScenarioBuilder();
        builder.organizationId = scenario.organizationId();
        builder.managementAccountId = scenario.managementAccountId();
        builder.auditRoleName = scenario.auditRoleName();
        builder.externalId = scenario.externalId().orElse(null);
        builder.defaultRegions = scenario.defaultRegions();
        builder.ouPaths.addAll(scenario.ouPaths());
        scenario.accounts().forEach(builder::account);
        scenario.buckets().forEach(bucket -> builder.bucket(bucket.name(), bucket.accountId(), bucket.region()));
        return builder;
    }

    public ScenarioBuilder organizationId(String organizationId) {
        this.organizationId = Check.organizationId("organizationId", organizationId);
        return this;
    }

    public ScenarioBuilder managementAccount(String accountId) {
        this.managementAccountId = Check.accountId("managementAccount", accountId);
        return this;
    }

    public ScenarioBuilder auditRoleName(String roleName) {
        if (roleName == null || !roleName.matches("[\\w+=,.@-]{1,64}")) {
            throw new ScenarioException("auditRole", "'" + roleName + "' is not an IAM role name");
        }
        this.auditRoleName = roleName;
        return this;
    }

    /** The external id AssumeRole must present; null for none. */
    public ScenarioBuilder externalId(String externalId) {
        this.externalId = externalId == null ? null : Check.notBlank("externalId", externalId);
        return this;
    }

    public ScenarioBuilder defaultRegions(List<String> regions) {
        if (regions.isEmpty()) {
            throw new ScenarioException("defaultRegions", "must name at least one region");
        }
        for (int i = 0; i < regions.size(); i++) {
            Check.region("defaultRegions[" + i + "]", regions.get(i));
        }
        this.defaultRegions = List.copyOf(regions);
        return this;
    }

    public ScenarioBuilder defaultRegions(String... regions) {
        return defaultRegions(List.of(regions));
    }

    /**
     * Declares an OU path (its parents are implied). Once any OU is declared, every account's OU must be
     * declared too, which catches misspelt OU paths.
     */
    public ScenarioBuilder ou(String ouPath) {
        if (Check.ouPath("ous[" + ouPaths.size() + "]", ouPath).isEmpty()) {
            throw new ScenarioException("ous[" + ouPaths.size() + "]", "must not be empty (the root is implied)");
        }
        ouPaths.add(ouPath);
        return this;
    }

    /** Describes an account; calling it again with the same id continues describing that account. */
    public ScenarioBuilder account(String accountId, Consumer<AccountBuilder> spec) {
        AccountBuilder builder = accounts.get(accountId);
        if (builder == null) {
            builder = new AccountBuilder(accountId);
        }
        spec.accept(builder);
        accounts.put(accountId, builder);
        return this;
    }

    /** Adds a ready-made account, replacing any account with the same id. */
    public ScenarioBuilder account(SimAccount account) {
        accounts.put(account.id(), AccountBuilder.from(account));
        return this;
    }

    public ScenarioBuilder removeAccount(String accountId) {
        accounts.remove(accountId);
        return this;
    }

    /** Declares an S3 bucket of the management account in the first default region (see {@link Scenario#buckets()}). */
    public ScenarioBuilder bucket(String name) {
        return bucket(name, null, null);
    }

    /** Declares an S3 bucket; a null account is the management account, a null region the first default region. */
    public ScenarioBuilder bucket(String name, String accountId, String region) {
        String field = "buckets[" + buckets.size() + "]";
        Check.bucketName(field + ".name", name);
        if (buckets.stream().anyMatch(bucket -> bucket.name().equals(name))) {
            throw new ScenarioException(field + ".name", "bucket '" + name + "' is declared twice");
        }
        buckets.add(new BucketSpec(name, accountId == null ? null : Check.accountId(field + ".account", accountId),
                region == null ? null : Check.region(field + ".region", region)));
        return this;
    }

    public Scenario build() {
        if (!accounts.containsKey(managementAccountId)) {
            accounts.put(managementAccountId, new AccountBuilder(managementAccountId).name("management"));
        }
        List<SimAccount> built = new ArrayList<>();
        accounts.values().forEach(account -> built.add(account.build(defaultRegions)));
        List<String> allOus = OrganizationTree.closeOverParents(ouPaths, built);
        new ScenarioConsistency(managementAccountId, ouPaths, allOus).check(built);
        return new Scenario(organizationId, managementAccountId, auditRoleName, Optional.ofNullable(externalId),
                defaultRegions, allOus, built, builtBuckets(built));
    }

    private List<SimBucket> builtBuckets(List<SimAccount> built) {
        List<SimBucket> result = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            BucketSpec spec = buckets.get(i);
            String owner = spec.accountId() == null ? managementAccountId : spec.accountId();
            if (built.stream().noneMatch(account -> account.id().equals(owner))) {
                throw new ScenarioException("buckets[" + i + "].account", owner + " is not an account of the scenario");
            }
            result.add(new SimBucket(spec.name(), owner, spec.region() == null ? defaultRegions.get(0) : spec.region()));
        }
        return result;
    }
}
