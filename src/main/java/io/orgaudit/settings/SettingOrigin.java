package io.orgaudit.settings;

import java.io.IOException;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.io.Resource;

/** Where Spring Boot found a setting, said the way an operator looks for it: " (from ...)", or nothing when unknown. */
final class SettingOrigin {

    private SettingOrigin() {
    }

    static String of(Origin origin) {
        String where = describe(origin);
        return where == null ? "" : " (from " + where + ")";
    }

    private static String describe(Origin origin) {
        if (origin instanceof SystemEnvironmentOrigin environment) {
            return "environment variable " + environment.getProperty();
        }
        if (origin instanceof TextResourceOrigin text) {
            String file = fileName(text.getResource());
            return text.getLocation() == null ? file : file + " line " + (text.getLocation().getLine() + 1);
        }
        if (origin instanceof PropertySourceOrigin source && source.getOrigin() != null) {
            return describe(source.getOrigin()); // a jobs file: its name and line, not the property source's
        }
        if (origin instanceof PropertySourceOrigin source) {
            return switch (source.getPropertySource().getName()) {
                case "commandLineArgs" -> "the command line";
                case "systemProperties" -> "JVM system property " + source.getPropertyName();
                case "systemEnvironment" -> "environment variable " + source.getPropertyName();
                default -> "property source '" + source.getPropertySource().getName() + "'";
            };
        }
        return origin == null ? null : origin.toString();
    }

    private static String fileName(Resource resource) {
        if (resource == null) {
            return "a configuration file";
        }
        try {
            return resource.isFile() ? resource.getFile().toString() : resource.getDescription();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
