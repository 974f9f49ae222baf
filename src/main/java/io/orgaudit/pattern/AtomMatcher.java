package io.orgaudit.pattern;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** Evaluates one comparison against a JSON log event the way CloudWatch Logs does. */
final class AtomMatcher {

    private AtomMatcher() {
    }

    static boolean matches(Atom atom, JsonNode event) {
        List<JsonNode> selected = atom.selector().resolveAll(event);
        if (atom.operator() == Operator.NOT_EXISTS) {
            return selected.isEmpty();
        }
        // A wildcard selector ($.*, $.a[*]) matches when any property it selects does.
        for (JsonNode property : selected) {
            if (matchesProperty(atom, property)) {
                return true;
            }
        }
        // CloudWatch Logs: every comparison on a missing property is false, != included.
        return false;
    }

    private static boolean matchesProperty(Atom atom, JsonNode property) {
        if (property.isArray() || property.isObject()) {
            // "If a property selector points to an array or object, the filter pattern won't match": = and != alike.
            return false;
        }
        return switch (atom.operator()) {
            case IS_NULL -> property.isNull();
            case IS_TRUE -> property.isBoolean() && property.booleanValue();
            case IS_FALSE -> property.isBoolean() && !property.booleanValue();
            case EQUALS -> equalTo(property, atom.value());
            case NOT_EQUALS -> !equalTo(property, atom.value());
            default -> property.isNumber() && ordered(atom.operator(), property, (Value.NumberValue) atom.value());
        };
    }

    private static boolean equalTo(JsonNode property, Value value) {
        if (value instanceof Value.NumberValue number) {
            return property.isNumber() && property.decimalValue().compareTo(number.amount()) == 0;
        }
        if (!isScalarText(property)) {
            return false;
        }
        String text = property.asString();
        if (value instanceof Value.RegexValue regex) {
            return regex.pattern().matcher(text).find();
        }
        return Wildcard.matches(((Value.TextValue) value).glob(), text);
    }

    /** Strings, numbers and booleans compare as their text; null, objects and arrays never equal a text value. */
    private static boolean isScalarText(JsonNode property) {
        return property.isString() || property.isNumber() || property.isBoolean();
    }

    private static boolean ordered(Operator operator, JsonNode property, Value.NumberValue bound) {
        int order = property.decimalValue().compareTo(bound.amount());
        return switch (operator) {
            case LESS -> order < 0;
            case GREATER -> order > 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER_OR_EQUAL -> order >= 0;
            default -> throw new IllegalStateException("not an ordering operator: " + operator);
        };
    }
}
