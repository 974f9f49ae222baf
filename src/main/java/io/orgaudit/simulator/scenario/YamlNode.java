package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** A node of the scenario YAML that knows its path, so every complaint names the field at fault. */
final class YamlNode {

    private final JsonNode node;
    private final String path;

    YamlNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    /** Runs a builder step and re-locates a ScenarioException it throws under this node's path. */
    <T> T at(Supplier<T> step) {
        try {
            return step.get();
        } catch (ScenarioException e) {
            throw path.isEmpty() ? e : e.under(path);
        }
    }

    YamlNode requireObject(String... allowedFields) {
        if (!node.isObject()) {
            throw ScenarioException.located(path, "must be a mapping of fields " + Arrays.toString(allowedFields));
        }
        Set<String> allowed = new LinkedHashSet<>(List.of(allowedFields));
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw ScenarioException.located(child(name), "unknown field; expected one of " + allowed);
            }
        }
        return this;
    }

    /** The field names of a mapping, in the order written. */
    List<String> fieldNames() {
        if (!node.isObject()) {
            throw ScenarioException.located(path, "must be a mapping");
        }
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    Optional<YamlNode> optional(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new YamlNode(value, child(field)));
    }

    YamlNode required(String field) {
        return optional(field).orElseThrow(() -> ScenarioException.located(child(field), "is required"));
    }

    String text() {
        if (node.isString() || node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        throw ScenarioException.located(path, "must be a single value, not " + (node.isArray() ? "a list" : "a mapping"));
    }

    Optional<String> optionalText(String field) {
        return optional(field).map(YamlNode::text);
    }

    String requiredText(String field) {
        return required(field).text();
    }

    /** An account id; unquoted digits are accepted when they are exactly 12, since YAML drops leading zeros. */
    String accountId() {
        if (node.isIntegralNumber()) {
            String digits = node.asString();
            if (digits.length() != 12) {
                throw ScenarioException.located(path, digits + " is not a 12-digit account id; quote account ids"
                        + " (\"012345678901\"), YAML reads unquoted digits as a number");
            }
            return digits;
        }
        try {
            return Check.accountId("", text());
        } catch (ScenarioException e) {
            throw e.under(path);
        }
    }

    boolean bool(String field, boolean defaultValue) {
        Optional<YamlNode> value = optional(field);
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (!value.get().node.isBoolean()) {
            throw ScenarioException.located(child(field), "must be true or false, was '" + value.get().node.asString() + "'");
        }
        return value.get().node.asBoolean();
    }

    Optional<Integer> optionalInt(String field) {
        return optional(field).map(value -> {
            if (!value.node.isIntegralNumber()) {
                throw ScenarioException.located(value.path, "must be a whole number");
            }
            return value.node.asInt();
        });
    }

    Optional<Double> optionalNumber(String field) {
        return optional(field).map(value -> {
            if (!value.node.isNumber()) {
                throw ScenarioException.located(value.path, "must be a number");
            }
            return value.node.asDouble();
        });
    }

    List<YamlNode> list(String field) {
        Optional<YamlNode> value = optional(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().node.isArray()) {
            throw ScenarioException.located(value.get().path, "must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < value.get().node.size(); i++) {
            items.add(new YamlNode(value.get().node.get(i), value.get().path + "[" + i + "]"));
        }
        return items;
    }

    List<String> textList(String field) {
        return list(field).stream().map(YamlNode::text).toList();
    }

    boolean isText() {
        return node.isString();
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
