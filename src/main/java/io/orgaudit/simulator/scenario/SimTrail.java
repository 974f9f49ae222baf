package io.orgaudit.simulator.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A CloudTrail trail. {@code appliesToOus} is a demo device for organization trails: empty means every
 * account of the organization (as in AWS); otherwise only accounts in those OUs (or below them).
 */
public record SimTrail(String name, String accountId, String homeRegion, boolean multiRegion,
                       boolean organizationTrail, List<String> appliesToOus, boolean logging,
                       EventSelectors eventSelectors, Optional<LogGroupRef> logGroup, String s3BucketName) {

    public SimTrail {
        appliesToOus = List.copyOf(appliesToOus);
    }

    public String arn() {
        return "arn:aws:cloudtrail:" + homeRegion + ":" + accountId + ":trail/" + name;
    }

    /** Whether an organization trail covers an account in the given OU path ("" is the root). */
    public boolean coversOu(String ouPath) {
        if (!organizationTrail) {
            return false;
        }
        return appliesToOus.isEmpty()
                || appliesToOus.stream().anyMatch(ou -> ouPath.equals(ou) || ouPath.startsWith(ou + "/"));
    }
}
