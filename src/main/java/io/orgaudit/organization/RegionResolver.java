package io.orgaudit.organization;

import java.util.List;

import software.amazon.awssdk.services.account.model.RegionOptStatus;

import io.orgaudit.access.AccountSession;

/**
 * The regions to scan in an account: the configured list, or the regions the account has enabled (Account
 * ListRegions), so an opt-in region that an account never enabled is not reported as a failure.
 */
public final class RegionResolver {

    private final List<String> configured;

    public RegionResolver(List<String> configured) {
        this.configured = List.copyOf(configured);
    }

    /** The regions the scan definition names; empty when each account's enabled regions are scanned. */
    public List<String> configured() {
        return configured;
    }

    public List<String> regionsOf(AccountSession session) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return session.account().listRegionsPaginator(r -> r.regionOptStatusContains(
                        RegionOptStatus.ENABLED, RegionOptStatus.ENABLED_BY_DEFAULT))
                .regions().stream()
                .map(region -> region.regionName())
                .sorted()
                .toList();
    }
}
