package io.orgaudit.evidence;

import java.util.List;

import io.orgaudit.failure.Failure;

/**
 * What one account showed in one region: the trails visible there, each with the chain behind it, and the calls
 * that failed. A failure of the account's role is recorded with region "*".
 */
public record TargetEvidence(String accountId, String region, List<TrailEvidence> trails, List<Failure> failures) {

    public static final String ALL_REGIONS = "*";

    public static TargetEvidence failed(String accountId, String region, Failure failure) {
        return new TargetEvidence(accountId, region, List.of(), List.of(failure));
    }
}
