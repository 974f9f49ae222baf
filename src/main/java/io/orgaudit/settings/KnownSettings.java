package io.orgaudit.settings;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * Every {@code orgaudit.*} key orgaudit reads: derived from {@link ScanSettings} and its nested records, plus the few
 * keys read elsewhere. A key outside this set is a typo that would otherwise be ignored while a whole scan runs.
 */
public final class KnownSettings {

    /** Keys read with {@code @ConditionalOnProperty} instead of through {@link ScanSettings}. */
    static final Set<String> READ_ELSEWHERE = Set.of("orgaudit.run-on-startup");

    /** What a setting allows, for the settings a value can be wrong for. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("orgaudit.source", "use demo (default) or aws"),
            Map.entry("orgaudit.concurrency", "give the number of accounts scanned at once, 1 to 1024 (default 16)"),
            Map.entry("orgaudit.aws.endpoint", "give an http:// or https:// URL such as http://localhost:4566, "
                    + "or leave it unset for real AWS"),
            Map.entry("orgaudit.aws.api-call-timeout", "give the time allowed for one AWS call with its retries, "
                    + "a positive duration such as 30s (default)"),
            Map.entry("orgaudit.aws.attempt-timeout", "give the time allowed for one attempt of an AWS call, "
                    + "a positive duration such as 10s (default)"),
            Map.entry("orgaudit.aws.max-attempts", "give the attempts per AWS call, 1 to 100 (default 8)"),
            Map.entry("orgaudit.simulator.latency", "give the latency added to each simulated call, a duration of "
                    + "0ms (default) or more"),
            Map.entry("orgaudit.progress-interval", "give the time between progress lines, a positive duration such "
                    + "as 30s (default 1s)"),
            Map.entry("orgaudit.rerun.run-id", "give the number of an earlier run, or leave it unset for the latest run"),
            Map.entry("orgaudit.exceptions.longest-horizon", "give the furthest an exception's expiry date may lie "
                    + "after the run's day, a positive duration such as 365d (default)"),
            Map.entry("orgaudit.exceptions.expiring-within", "give how soon an expiry date is listed as expiring "
                    + "soon, a duration such as 30d (default)"),
            Map.entry("orgaudit.owners.calls-per-second", "give the pace of the tag reads, more than 0 and at most "
                    + "100 calls per second (default 5)"),
            Map.entry("orgaudit.owners.tag-keys", "give the tag keys shown as columns, e.g. [owner, team], each 1 to "
                    + "128 characters"),
            Map.entry("orgaudit.trend.runs", "give how many finished runs the Trend sheet covers, 2 to 1000 (default 30)"),
            Map.entry("orgaudit.run-on-startup", "use true (default) or false"),
            Map.entry("orgaudit.output.directory", "give the folder the workbooks are written to (default reports)"));

    private static final Set<String> KEYS = derive();
    private static final Map<String, String> BY_UNIFORM_FORM = KEYS.stream()
            .collect(Collectors.toUnmodifiableMap(KnownSettings::uniform, key -> key, (a, b) -> a));

    private KnownSettings() {
    }

    /** Every known key in kebab case, with {@code [*]} for the index of a list. */
    public static Set<String> keys() {
        return KEYS;
    }

    public static boolean isKnown(ConfigurationPropertyName name) {
        return BY_UNIFORM_FORM.containsKey(uniform(name));
    }

    /** The key's spelling as the README gives it, for a name in another form (env var, camel case). */
    static String canonical(ConfigurationPropertyName name) {
        return BY_UNIFORM_FORM.getOrDefault(uniform(name), name.toString());
    }

    public static Optional<String> allowed(String key) {
        return Optional.ofNullable(ALLOWED.get(key));
    }

    /** The known key closest to a misspelt one, when it is close enough to be what was meant. */
    public static Optional<String> nearest(String unknown) {
        String typed = unknown.toLowerCase(java.util.Locale.ROOT);
        return KEYS.stream().filter(key -> !key.endsWith("[*]") && key.contains("."))
                .map(key -> Map.entry(key, EditDistance.between(typed, key)))
                .filter(entry -> entry.getValue() <= Math.max(2, typed.length() / 4))
                .min(Comparator.comparing(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    private static Set<String> derive() {
        Set<String> keys = new TreeSet<>(READ_ELSEWHERE);
        keys.add("orgaudit");
        addComponents("orgaudit", ScanSettings.class, keys);
        return Set.copyOf(keys);
    }

    private static void addComponents(String prefix, Class<?> record, Set<String> keys) {
        for (RecordComponent component : record.getRecordComponents()) {
            String key = prefix + "." + kebab(component.getName());
            keys.add(key);
            if (List.class.isAssignableFrom(component.getType())) {
                keys.add(key + "[*]");
            } else if (component.getType().isRecord()) {
                addComponents(key, component.getType(), keys);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String uniform(String key) {
        return uniform(ConfigurationPropertyName.of(key.replace("[*]", "[0]")));
    }

    /** Lower case without dashes, any list index as [*]: how Boot's relaxed binding matches names. */
    private static String uniform(ConfigurationPropertyName name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.getNumberOfElements(); i++) {
            if (name.isNumericIndex(i)) {
                text.append("[*]");
            } else {
                text.append(i == 0 ? "" : ".").append(name.getElement(i, ConfigurationPropertyName.Form.UNIFORM));
            }
        }
        return text.toString();
    }
}
