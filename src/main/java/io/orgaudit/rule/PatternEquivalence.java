package io.orgaudit.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.orgaudit.pattern.FilterPatterns;
import io.orgaudit.pattern.PatternComparison;

/** Caches pattern comparisons: the same few patterns recur across thousands of accounts. */
final class PatternEquivalence {

    private static final int MAX_ENTRIES = 10_000;

    /** A pair as the key, not the two patterns joined: no new 400-character string per look-up. */
    private record Pair(String reference, String candidate) {}

    private final Map<Pair, PatternComparison> cache = new ConcurrentHashMap<>();

    PatternComparison compare(String reference, String candidate) {
        Pair key = new Pair(reference, candidate);
        PatternComparison known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= MAX_ENTRIES) {
            return FilterPatterns.compare(reference, candidate);
        }
        // Computed once however many scan threads meet the same new pattern at the start of a run.
        return cache.computeIfAbsent(key, pair -> FilterPatterns.compare(pair.reference(), pair.candidate()));
    }
}
