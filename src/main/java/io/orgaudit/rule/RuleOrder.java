package io.orgaudit.rule;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The catalogue's order: as the newest CIS benchmark a rule names numbers its control (4.1, 4.2, ... 4.15), so the
 * workbook lists the family as auditors know it; rules without a CIS control come after, by id.
 */
final class RuleOrder {

    static final Comparator<RuleDefinition> BY_CIS_CONTROL = Comparator
            .comparing((RuleDefinition rule) -> newestControl(rule.cis()), RuleOrder::compareNumbers)
            .thenComparing(RuleDefinition::id);

    private RuleOrder() {
    }

    /** The control id in the newest benchmark version the rule names; null when it names none. */
    private static int[] newestControl(Map<String, String> cis) {
        return cis.entrySet().stream()
                .max((a, b) -> compareNumbers(numbers(a.getKey()), numbers(b.getKey())))
                .map(entry -> numbers(entry.getValue())).orElse(null);
    }

    private static int[] numbers(String dotted) {
        return Arrays.stream(dotted.split("\\.")).mapToInt(part -> part.matches("\\d+") ? Integer.parseInt(part) : 0)
                .toArray();
    }

    private static int compareNumbers(int[] a, int[] b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return Arrays.compare(a, b);
    }
}
