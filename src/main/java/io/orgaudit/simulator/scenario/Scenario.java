package io.orgaudit.simulator.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable simulated AWS organization: its accounts (SUSPENDED ones included) and everything in them.
 * Built from YAML ({@link #fromYaml}, {@link #demo}) or fluently ({@link #builder}); derive a changed copy
 * with {@link #toBuilder()} and hand it to {@link io.orgaudit.simulator.SimulatedAws#replaceScenario}.
 */
public final class Scenario {

    static final String DEMO_RESOURCE = "simulator/demo.yaml";

    private final String organizationId;
    private final String managementAccountId;
    private final String auditRoleName;
    private final Optional<String> externalId;
    private final List<String> defaultRegions;
    private final List<String> ouPaths;
    private final List<SimAccount> accounts;
    private final List<SimBucket> buckets;
    private final Map<String, SimAccount> accountsById = new LinkedHashMap<>();

    Scenario(String organizationId, String managementAccountId, String auditRoleName, Optional<String> externalId,
             List<String> defaultRegions, List<String> ouPaths, List<SimAccount> accounts, List<SimBucket> buckets) {
        this.organizationId = organizationId;
        this.managementAccountId = managementAccountId;
        this.auditRoleName = auditRoleName;
        this.externalId = externalId;
        this.defaultRegions = List.copyOf(defaultRegions);
        this.ouPaths = List.copyOf(ouPaths);
        this.accounts = List.copyOf(accounts);
        this.buckets = List.copyOf(buckets);
        accounts.forEach(account -> accountsById.put(account.id(), account));
    }

    /** The built-in demo organization (classpath {@code simulator/demo.yaml}). */
    public static Scenario demo() {
        try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEMO_RESOURCE + " is missing");
            }
            return fromYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a scenario; a {@link ScenarioException} names the field at fault (e.g. {@code accounts[3].trails[0].homeRegion}). */
    public static Scenario fromYaml(InputStream in) {
        return ScenarioYaml.read(in);
    }

    public static ScenarioBuilder builder() {
        return new ScenarioBuilder();
    }

    /** A builder holding everything of this scenario, to derive a changed copy. */
    public ScenarioBuilder toBuilder() {
        return ScenarioBuilder.from(this);
    }

    public String organizationId() {
        return organizationId;
    }

    public String managementAccountId() {
        return managementAccountId;
    }

    public String auditRoleName() {
        return auditRoleName;
    }

    public Optional<String> externalId() {
        return externalId;
    }

    public List<String> defaultRegions() {
        return defaultRegions;
    }

    /** Every OU path of the organization, parents included, in declaration order. */
    public List<String> ouPaths() {
        return ouPaths;
    }

    /** Every account, SUSPENDED ones included, in scenario order. */
    public List<SimAccount> accounts() {
        return accounts;
    }

    public Optional<SimAccount> account(String accountId) {
        return Optional.ofNullable(accountsById.get(accountId));
    }

    public SimAccount managementAccount() {
        return accountsById.get(managementAccountId);
    }

    /**
     * The S3 buckets reports can be uploaded to. Empty (the default): any bucket name is accepted and created on its
     * first PutObject, owned by the uploading account, in the region the upload was signed for; once any bucket is
     * declared, only declared buckets exist (others answer NoSuchBucket), which catches a misspelt bucket name.
     */
    public List<SimBucket> buckets() {
        return buckets;
    }

    public Optional<SimBucket> bucket(String name) {
        return buckets.stream().filter(bucket -> bucket.name().equals(name)).findFirst();
    }

    /** The organization trails (all owned by the management account). */
    public List<SimTrail> organizationTrails() {
        return managementAccount().trails().stream().filter(SimTrail::organizationTrail).toList();
    }
}
