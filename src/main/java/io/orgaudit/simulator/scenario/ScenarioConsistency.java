package io.orgaudit.simulator.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-references a finished scenario: OUs that exist, organization trails owned by the management account. */
final class ScenarioConsistency {

    private final String managementAccountId;
    private final Set<String> declaredOus;
    private final Set<String> knownOus;

    ScenarioConsistency(String managementAccountId, List<String> declaredOus, List<String> allOus) {
        this.managementAccountId = managementAccountId;
        this.declaredOus = new HashSet<>(OrganizationTree.closeOverParents(declaredOus, List.of()));
        this.knownOus = new HashSet<>(allOus);
    }

    void check(List<SimAccount> accounts) {
        for (SimAccount account : accounts) {
            String where = "accounts[id=" + account.id() + "]";
            if (!declaredOus.isEmpty() && !account.ouPath().isEmpty() && !declaredOus.contains(account.ouPath())) {
                throw new ScenarioException(where + ".ou", "'" + account.ouPath() + "' is not among the declared ous "
                        + declaredOus.stream().sorted().toList());
            }
            if (account.id().equals(managementAccountId) && !account.active()) {
                throw new ScenarioException(where + ".status", "the management account cannot be SUSPENDED");
            }
            account.trails().forEach(trail -> checkTrail(where + ".trails[name=" + trail.name() + "]", account, trail));
        }
    }

    private void checkTrail(String where, SimAccount account, SimTrail trail) {
        if (trail.organizationTrail() && !account.id().equals(managementAccountId)) {
            throw new ScenarioException(where + ".organizationTrail",
                    "only the management account (" + managementAccountId + ") can own an organization trail");
        }
        for (String ou : trail.appliesToOus()) {
            if (!knownOus.contains(ou)) {
                throw new ScenarioException(where + ".appliesToOus", "'" + ou + "' is not an OU of the organization "
                        + knownOus.stream().sorted().toList());
            }
        }
    }
}
