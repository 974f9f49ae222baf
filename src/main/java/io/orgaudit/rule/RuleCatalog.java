package io.orgaudit.rule;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.orgaudit.evidence.FilterOfInterest;

/**
 * All rule files on the classpath ({@code rules/*.yaml}), loaded and checked once at start-up: a broken rule file
 * stops the job with the file and field named, before any AWS call.
 */
public final class RuleCatalog {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, RuleDefinition> rules;
    private final PatternEquivalence equivalence = new PatternEquivalence();

    RuleCatalog(List<RuleDefinition> rules) {
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        rules.stream().sorted(RuleOrder.BY_CIS_CONTROL).forEach(rule -> byId.put(rule.id(), rule));
        this.rules = byId;
    }

    public static RuleCatalog fromClasspath() {
        List<RuleDefinition> rules = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/*.yaml")) {
                rules.add(load("rules/" + resource.getFilename(), resource));
            }
        } catch (IOException e) {
            throw new RuleFileException("rules/*.yaml", "cannot list the rule files: " + e.getMessage(), e);
        }
        return new RuleCatalog(rules);
    }

    static RuleDefinition load(String file, Resource resource) {
        RuleDefinition rule;
        try (InputStream in = resource.getInputStream()) {
            rule = YAML.readValue(in, RuleDefinition.class);
        } catch (IOException | JacksonException e) {
            throw new RuleFileException(file, "does not parse: " + e.getMessage(), e);
        }
        RuleValidator.check(file, rule);
        return rule;
    }

    public List<RuleDefinition> all() {
        return List.copyOf(rules.values());
    }

    public java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(rules.keySet());
    }

    /** The rules a scan asked for; none named means every rule of the catalogue. */
    public List<RuleDefinition> selectOrAll(List<String> ids) {
        return ids.isEmpty() ? all() : select(ids);
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rules a scan asked for, in the order given; an unknown id stops the job and lists the known ones. */
    public List<RuleDefinition> select(List<String> ids) {
        List<RuleDefinition> selected = new ArrayList<>();
        for (String id : ids) {
            selected.add(find(id).orElseThrow(() -> new IllegalArgumentException("orgaudit.rules: unknown rule id '"
                    + id + "'; known rules: " + String.join(", ", rules.keySet()))));
        }
        return selected;
    }

    /** The filters the collector must follow to alarms: those equivalent to some selected rule's pattern. */
    public FilterOfInterest filterOfInterest(List<RuleDefinition> selected) {
        List<String> references = selected.stream().flatMap(r -> r.passingPatterns().stream()).distinct().toList();
        return new FilterOfInterest() {
            @Override
            public boolean test(String pattern) {
                return references.stream().anyMatch(ref -> equivalence.compare(ref, pattern).equivalent());
            }

            @Override
            public boolean leavesARuleUnmatched(List<String> patterns) {
                return selected.stream().anyMatch(rule -> rule.passingPatterns().stream().noneMatch(ref ->
                        patterns.stream().anyMatch(pattern -> equivalence.compare(ref, pattern).equivalent())));
            }
        };
    }

    PatternEquivalence equivalence() {
        return equivalence;
    }
}
