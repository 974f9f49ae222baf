package io.orgaudit.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.evidence.TrailEvidence;

/**
 * How one account's evidence is stored: each distinct trail (with the chain behind it) once, and per region the
 * trails seen there by position. A multi-region or organization trail shows in every region with the same chain,
 * so storing it per region would repeat it R times (17 at the default regions) for every account.
 *
 * @param trails  the distinct trails the account's regions showed
 * @param regions each region, in the order of their names: the trails seen there and the calls that failed
 */
public record StoredAccountEvidence(List<TrailEvidence> trails, List<Region> regions) {

    /** @param trails positions in {@link StoredAccountEvidence#trails()} */
    public record Region(String region, List<Integer> trails, List<Failure> failures) {}

    static StoredAccountEvidence of(List<TargetEvidence> evidence) {
        Map<TrailEvidence, Integer> positions = new LinkedHashMap<>();
        List<Region> regions = new ArrayList<>(evidence.size());
        for (TargetEvidence target : evidence.stream().sorted(Comparator.comparing(TargetEvidence::region)).toList()) {
            List<Integer> seen = new ArrayList<>(target.trails().size());
            for (TrailEvidence trail : target.trails()) {
                seen.add(positions.computeIfAbsent(trail, t -> positions.size()));
            }
            regions.add(new Region(target.region(), seen, target.failures()));
        }
        return new StoredAccountEvidence(List.copyOf(positions.keySet()), regions);
    }

    List<TargetEvidence> targets(String accountId) {
        return regions.stream().map(region -> new TargetEvidence(accountId, region.region(),
                region.trails().stream().map(trails::get).toList(), region.failures())).toList();
    }
}
