package io.orgaudit.simulator.scenario;

import java.util.Set;

/** Which commercial regions are opt-in (disabled unless an account enables them). */
public final class RegionCatalog {

    public static final Set<String> OPT_IN = Set.of("af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3",
            "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2",
            "eu-south-1", "eu-south-2", "il-central-1", "me-central-1", "me-south-1", "mx-central-1");

    private RegionCatalog() {
    }

    public static boolean optIn(String region) {
        return OPT_IN.contains(region);
    }

    public static String optStatus(String enabledRegion) {
        return optIn(enabledRegion) ? "ENABLED" : "ENABLED_BY_DEFAULT";
    }
}
