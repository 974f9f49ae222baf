package io.orgaudit.rule;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgaudit.evidence.MetricFilterEvidence;

/**
 * Picks, among a log group's filters, the one that looks most like the required pattern (shared words), so a
 * FAIL can say "closest: X, it lacks the HeadBucket exclusion" instead of listing fifteen CIS filters.
 */
final class ClosestFilter {

    private ClosestFilter() {
    }

    static Optional<MetricFilterEvidence> to(String reference, List<MetricFilterEvidence> filters) {
        Set<String> wanted = words(reference);
        return filters.stream()
                .filter(f -> similarity(wanted, words(f.pattern())) > 0.2)
                .max(Comparator.comparingDouble(f -> similarity(wanted, words(f.pattern()))));
    }

    private static Set<String> words(String pattern) {
        return Arrays.stream(pattern.toLowerCase().split("[^a-z0-9*.]+"))
                .filter(w -> !w.isBlank())
                .collect(Collectors.toSet());
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
