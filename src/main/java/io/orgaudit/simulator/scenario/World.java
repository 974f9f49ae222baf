package io.orgaudit.simulator.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A scenario with the lookups the services need; replaced as a whole when the scenario changes. */
public final class World {

    private final Scenario scenario;
    private final OrganizationTree tree;
    private final List<SimTrail> organizationTrails;
    private final Map<String, Integer> positions = new HashMap<>();

    public World(Scenario scenario) {
        this.scenario = scenario;
        this.tree = new OrganizationTree(scenario);
        this.organizationTrails = scenario.organizationTrails();
        scenario.accounts().forEach(account -> positions.put(account.id(), positions.size()));
    }

    public Scenario scenario() {
        return scenario;
    }

    public OrganizationTree tree() {
        return tree;
    }

    public Optional<SimAccount> account(String accountId) {
        return scenario.account(accountId);
    }

    /** The account's place in the scenario (0 for an unknown account). */
    public int position(String accountId) {
        return positions.getOrDefault(accountId, 0);
    }

    /** The account, or an empty one when a credential outlived its account (after a scenario change). */
    public SimAccount accountOrEmpty(String accountId) {
        return scenario.account(accountId).orElseGet(() -> new SimAccount(accountId, "unknown", "unknown@example.com",
                SimAccount.ACTIVE, "", scenario.defaultRegions(), Optional.empty(), false, List.of(), List.of(), List.of(),
                List.of()));
    }

    /** Organization trails owned by another account that apply to this account. */
    public List<SimTrail> organizationTrailsCovering(SimAccount account) {
        return organizationTrails.stream()
                .filter(trail -> !trail.accountId().equals(account.id()) && trail.coversOu(account.ouPath()))
                .toList();
    }
}
