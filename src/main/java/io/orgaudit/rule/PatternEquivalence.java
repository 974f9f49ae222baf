package io.orgaudit.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.orgaudit.pattern.FilterPatterns;
import io.orgaudit.pattern.PatternComparison;

/** Caches pattern comparisons: the same few patterns recur across thousands of accounts. */
final class PatternEquivalence {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, PatternComparison> cache = new ConcurrentHashMap<>();

    PatternComparison compare(String reference, String candidate) {
        String key = reference + "\u0000" + candidate;
        PatternComparison known = cache.get(key);
        if (known != null) {
            return known;
        }
        PatternComparison comparison = FilterPatterns.compare(reference, candidate);
        if (cache.size() < MAX_ENTRIES) {
            cache.put(key, comparison);
        }
        return comparison;
    }
}
