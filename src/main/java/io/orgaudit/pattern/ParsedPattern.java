package io.orgaudit.pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A successfully parsed pattern.
 *
 * @param mixesAndOrWithoutParentheses whether the text relies on && binding tighter than || somewhere
 *                                     ({@code A || B && C}), which is how precedence mistakes look
 */
record ParsedPattern(String source, Expression expression, boolean mixesAndOrWithoutParentheses)
        implements FilterPattern {

    private static final JsonMapper EVENTS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 0.1 in an event stays exactly 0.1
            .build();

    @Override
    public boolean matches(String jsonEvent) {
        if (jsonEvent == null) {
            return false;
        }
        JsonNode event;
        try {
            event = EVENTS.readTree(jsonEvent);
        } catch (JacksonException notJson) {
            return false; // CloudWatch Logs never matches a JSON pattern against a non-JSON event
        }
        return event != null && event.isObject() && expression.matches(event);
    }

    @Override
    public String canonical() {
        return "{ " + expression.render() + " }";
    }

    @Override
    public String toString() {
        return canonical();
    }
}
