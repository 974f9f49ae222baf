package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A property selector such as {@code $.userIdentity.type}, {@code $.resources[0].ARN}, {@code $.['cluster.name']}
 * (a key with a period) or one with a wildcard, {@code $.*} (any field) or {@code $.arrayKey[*]} (any element).
 */
record Selector(List<Step> steps) {

    /** CloudWatch Logs: "up to one wildcard selector in a property selector". */
    static final int MAX_WILDCARDS = 1;

    sealed interface Step permits Field, Index, AnyField, AnyElement {
        /** The children this step names (none, one, or all of them for a wildcard). */
        void select(JsonNode node, List<JsonNode> into);

        String text();
    }

    record Field(String name) implements Step {
        @Override
        public void select(JsonNode node, List<JsonNode> into) {
            if (node.isObject() && node.has(name)) {
                into.add(node.get(name));
            }
        }

        /** {@code .name}, or the bracket notation {@code .['a.b']} for a name the dotted form cannot spell. */
        @Override
        public String text() {
            return name.chars().anyMatch(c -> ".[]*'".indexOf(c) >= 0) ? ".['" + name + "']" : "." + name;
        }
    }

    record Index(int index) implements Step {
        @Override
        public void select(JsonNode node, List<JsonNode> into) {
            if (node.isArray() && index < node.size()) {
                into.add(node.get(index));
            }
        }

        @Override
        public String text() {
            return "[" + index + "]";
        }
    }

    /** {@code $.*}: any field of an object. */
    record AnyField() implements Step {
        @Override
        public void select(JsonNode node, List<JsonNode> into) {
            if (node.isObject()) {
                node.forEach(into::add);
            }
        }

        @Override
        public String text() {
            return ".*";
        }
    }

    /** {@code [*]}: any element of an array. */
    record AnyElement() implements Step {
        @Override
        public void select(JsonNode node, List<JsonNode> into) {
            if (node.isArray()) {
                node.forEach(into::add);
            }
        }

        @Override
        public String text() {
            return "[*]";
        }
    }

    Selector {
        steps = List.copyOf(steps);
    }

    /**
     * Parses selector text that started at {@code position} in the pattern.
     */
    static Selector parse(String text, int position) {
        if (!text.startsWith("$")) {
            throw new PatternSyntaxError("expected a selector starting with $. such as $.eventName, found '" + text + "'",
                    position);
        }
        List<Step> steps = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                i++; // $.['a.b'] is the bracket notation after a dot
                c = '[';
            }
            int end;
            if (c == '.') {
                end = nameEnd(text, i + 1);
                String name = text.substring(i + 1, end);
                if (name.isEmpty()) {
                    throw invalid(text, "an empty property name", position + i);
                }
                steps.add(name.equals("*") ? new AnyField() : new Field(name));
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                end = text.indexOf("']", i + 2);
                if (end < 0 || end == i + 2) {
                    throw invalid(text, end < 0 ? "a ['name'] without its closing ']" : "an empty property name",
                            position + i);
                }
                steps.add(new Field(text.substring(i + 2, end)));
                end += 2;
            } else if (c == '[') {
                end = text.indexOf(']', i);
                String digits = end < 0 ? "" : text.substring(i + 1, end);
                if (digits.equals("*")) {
                    steps.add(new AnyElement());
                } else if (digits.matches("\\d{1,9}")) {
                    steps.add(new Index(Integer.parseInt(digits)));
                } else {
                    throw invalid(text, "an array index that is not a number", position + i);
                }
                end++;
            } else {
                throw invalid(text, "'" + c + "' where '.' or '[' was expected", position + i);
            }
            i = end;
        }
        if (steps.isEmpty()) {
            throw new PatternSyntaxError("selector '$' names no property", position);
        }
        Selector selector = new Selector(steps);
        if (selector.wildcards() > MAX_WILDCARDS) {
            throw PatternSyntaxError.rejectedByCloudWatchLogs("a property selector with more than one wildcard ("
                    + text + ")", position);
        }
        return selector;
    }

    private static int nameEnd(String text, int from) {
        int end = from;
        while (end < text.length() && ".[]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static PatternSyntaxError invalid(String text, String problem, int position) {
        return new PatternSyntaxError("selector " + text + " has " + problem, position);
    }

    /** How many of its steps are wildcards ({@code .*}, {@code [*]}). */
    int wildcards() {
        return (int) steps.stream().filter(step -> step instanceof AnyField || step instanceof AnyElement).count();
    }

    /** The nodes this selector names in the event (several through a wildcard); empty when there is none. */
    List<JsonNode> resolveAll(JsonNode event) {
        List<JsonNode> nodes = List.of(event);
        for (Step step : steps) {
            List<JsonNode> next = new ArrayList<>();
            nodes.forEach(node -> step.select(node, next));
            nodes = next;
        }
        return nodes;
    }

    String text() {
        StringBuilder text = new StringBuilder("$");
        steps.forEach(step -> text.append(step.text()));
        return text.toString();
    }
}
