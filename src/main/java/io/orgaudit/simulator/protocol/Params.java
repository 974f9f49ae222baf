package io.orgaudit.simulator.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Request parameters, whether they came as a JSON document or as query-protocol form fields. */
public interface Params {

    Optional<String> string(String name);

    List<String> strings(String name);

    static Params of(JsonNode json) {
        return new Params() {
            @Override
            public Optional<String> string(String name) {
                JsonNode value = json.get(name);
                return value == null || value.isNull() || value.isContainer() ? Optional.empty() : Optional.of(value.asString());
            }

            @Override
            public List<String> strings(String name) {
                JsonNode value = json.get(name);
                List<String> values = new ArrayList<>();
                if (value != null && value.isArray()) {
                    value.forEach(item -> values.add(item.asString()));
                }
                return values;
            }
        };
    }

    /** Query protocol form fields; lists arrive as {@code Name.member.1}, {@code Name.member.2}, ... */
    static Params of(Map<String, String> form) {
        return new Params() {
            @Override
            public Optional<String> string(String name) {
                return Optional.ofNullable(form.get(name));
            }

            @Override
            public List<String> strings(String name) {
                List<String> values = new ArrayList<>();
                for (int i = 1; form.containsKey(name + ".member." + i); i++) {
                    values.add(form.get(name + ".member." + i));
                }
                return values;
            }
        };
    }
}
