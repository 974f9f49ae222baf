package io.orgaudit.framework;

import java.util.List;

/**
 * A compliance framework as data (a YAML file under {@code frameworks/}, or in the operator's folder): its controls,
 * each with the rules that map to it. A rule no control names does not count in the framework.
 *
 * @param seedOrder the framework's place in the seed's list (1..31); null for frameworks the seed does not list
 * @param fromSeed  whether the seed lists the framework; built-in files after the seed's 31 say false
 * @param source    the public source of the mapping
 */
public record FrameworkDefinition(String name, Integer seedOrder, Boolean fromSeed, String source,
                                  List<Control> controls) {

    /** One control of the framework; {@code id} is null where no public source gives it. */
    public record Control(String id, String title, List<String> rules, String source) {

        public Control {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    public FrameworkDefinition {
        controls = controls == null ? List.of() : List.copyOf(controls);
    }

    /** The control a rule maps to in this framework, if any (the first, when several name it). */
    public java.util.Optional<Control> controlOf(String ruleId) {
        return controls.stream().filter(c -> c.rules().contains(ruleId)).findFirst();
    }
}
