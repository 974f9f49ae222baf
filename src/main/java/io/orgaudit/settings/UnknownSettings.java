package io.orgaudit.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Finds {@code orgaudit.*} keys nobody reads, in every property source (command line, ORGAUDIT_* environment
 * variables, system properties, imported jobs files), and names the known key each was probably meant to be.
 */
public final class UnknownSettings {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("orgaudit");

    private UnknownSettings() {
    }

    public static List<String> problems(ConfigurableEnvironment environment) {
        Set<String> problems = new LinkedHashSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().filter(name -> ROOT.equals(name) || ROOT.isAncestorOf(name))
                        .filter(name -> !KnownSettings.isKnown(name))
                        .forEach(name -> problems.add(problem(name, source.getConfigurationProperty(name))));
            }
        }
        return new ArrayList<>(problems);
    }

    private static String problem(ConfigurationPropertyName name, ConfigurationProperty property) {
        String typed = Shown.value(name);
        String suggestion = KnownSettings.nearest(typed).map(key -> "; did you mean " + key + "?")
                .orElse("; the settings are listed in the README's Configuration table");
        return typed + ": not an orgaudit setting" + suggestion
                + SettingOrigin.of(property == null ? null : property.getOrigin());
    }
}
