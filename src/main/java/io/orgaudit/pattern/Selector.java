package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A property selector such as {@code $.userIdentity.type} or {@code $.resources[0].ARN}. */
record Selector(List<Step> steps) {

    sealed interface Step permits Field, Index {
        /** The child this step names, or null when there is none. */
        JsonNode select(JsonNode node);
    }

    record Field(String name) implements Step {
        @Override
        public JsonNode select(JsonNode node) {
            return node.isObject() ? node.get(name) : null;
        }
    }

    record Index(int index) implements Step {
        @Override
        public JsonNode select(JsonNode node) {
            return node.isArray() && index < node.size() ? node.get(index) : null;
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
            int end;
            if (c == '.') {
                end = nameEnd(text, i + 1);
                String name = text.substring(i + 1, end);
                if (name.isEmpty() || name.equals("*")) {
                    throw invalid(text, name.isEmpty() ? "an empty property name" : "a wildcard property", position + i);
                }
                steps.add(new Field(name));
            } else if (c == '[') {
                end = text.indexOf(']', i);
                String digits = end < 0 ? "" : text.substring(i + 1, end);
                if (digits.equals("*")) {
                    throw invalid(text, "a wildcard array index [*], which is not supported", position + i);
                }
                if (!digits.matches("\\d{1,9}")) {
                    throw invalid(text, "an array index that is not a number", position + i);
                }
                steps.add(new Index(Integer.parseInt(digits)));
                end++;
            } else {
                throw invalid(text, "'" + c + "' where '.' or '[' was expected", position + i);
            }
            i = end;
        }
        if (steps.isEmpty()) {
            throw new PatternSyntaxError("selector '$' names no property", position);
        }
        return new Selector(steps);
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

    /** The node this selector names in the event, or null when the event has no such property. */
    JsonNode resolve(JsonNode event) {
        JsonNode node = event;
        for (Step step : steps) {
            node = node == null ? null : step.select(node);
        }
        return node;
    }

    String text() {
        StringBuilder text = new StringBuilder("$");
        for (Step step : steps) {
            if (step instanceof Field field) {
                text.append('.').append(field.name());
            } else {
                text.append('[').append(((Index) step).index()).append(']');
            }
        }
        return text.toString();
    }
}
