package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's named sets of metric filters ({@code filterSets} in the YAML, format in simulator/demo.yaml): each
 * entry a filter tagged with the rule id it is meant for, the metric it counts into and the alarm that watches it, so
 * an account's {@code metricFilters} and {@code alarms} can take a whole family with one {@code include} line.
 * A reading aid of the YAML only: what it expands to are ordinary filters and alarms, and the simulator never sees
 * the sets or their rule ids.
 */
final class FilterSets {

    /** One filter of a set: the metric it counts into is {@code metricName} in {@code namespace}. */
    record Entry(String rule, String name, String pattern, String metricName, String namespace, String alarm) {
    }

    static final String DEFAULT_NAMESPACE = "CISBenchmark";

    private static final String[] ENTRY_FIELDS = {"rule", "name", "pattern", "metricName", "namespace", "alarm"};

    private final Map<String, List<Entry>> sets;

    private FilterSets(Map<String, List<Entry>> sets) {
        this.sets = sets;
    }

    static FilterSets none() {
        return new FilterSets(Map.of());
    }

    /** {@code filterSets: {<set name>: [{rule, name, pattern, metricName (default name), namespace, alarm}]}} */
    static FilterSets read(YamlNode root) {
        Map<String, List<Entry>> sets = new LinkedHashMap<>();
        root.optional("filterSets").ifPresent(node -> {
            for (String setName : node.fieldNames()) {
                List<Entry> entries = new ArrayList<>();
                Set<String> rules = new LinkedHashSet<>();
                Set<String> names = new LinkedHashSet<>();
                for (YamlNode entry : node.list(setName)) {
                    entry.requireObject(ENTRY_FIELDS);
                    String rule = entry.requiredText("rule");
                    String name = entry.requiredText("name");
                    if (!rules.add(rule)) {
                        throw ScenarioException.located(entry.path() + ".rule", "rule " + rule + " has a filter already in set "
                                + setName);
                    }
                    if (!names.add(name)) {
                        throw ScenarioException.located(entry.path() + ".name", "'" + name + "' is used twice in set "
                                + setName);
                    }
                    entries.add(new Entry(rule, name, entry.required("pattern").text(),
                            entry.optionalText("metricName").orElse(name),
                            entry.optionalText("namespace").orElse(DEFAULT_NAMESPACE), entry.requiredText("alarm")));
                }
                sets.put(setName, List.copyOf(entries));
            }
        });
        return new FilterSets(sets);
    }

    /** Whether an item of metricFilters or alarms is an {@code include} of a set rather than one filter or alarm. */
    static boolean isInclude(YamlNode item) {
        return item.optional("include").isPresent();
    }

    /** The entries an {@code {include: <set>, only: [rule ids], except: [rule ids]}} item names, in the set's order. */
    List<Entry> selected(YamlNode item) {
        YamlNode include = item.required("include");
        String setName = include.text();
        List<Entry> set = sets.get(setName);
        if (set == null) {
            throw ScenarioException.located(include.path(), "'" + setName + "' is not one of the filterSets "
                    + sets.keySet());
        }
        Set<String> known = new LinkedHashSet<>(set.stream().map(Entry::rule).toList());
        List<String> only = ruleIds(item, "only", known, setName);
        List<String> except = ruleIds(item, "except", known, setName);
        if (item.optional("only").isPresent() && item.optional("except").isPresent()) {
            throw ScenarioException.located(item.path(), "give only or except, not both");
        }
        return set.stream()
                .filter(entry -> item.optional("only").isEmpty() || only.contains(entry.rule()))
                .filter(entry -> !except.contains(entry.rule()))
                .toList();
    }

    private static List<String> ruleIds(YamlNode item, String field, Set<String> known, String setName) {
        List<YamlNode> ids = item.list(field);
        for (YamlNode id : ids) {
            if (!known.contains(id.text())) {
                throw ScenarioException.located(id.path(), "set " + setName + " has no filter for rule '" + id.text()
                        + "'; it has " + known);
            }
        }
        return ids.stream().map(YamlNode::text).toList();
    }
}
