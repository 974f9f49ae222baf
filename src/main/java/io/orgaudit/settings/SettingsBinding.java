package io.orgaudit.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.Environment;

/**
 * Binds {@code orgaudit.*} with Spring Boot's own binder (the same conversions the application context uses), and
 * turns a binding failure into one line: the setting, the bad value, what the setting allows and where it came from.
 */
public final class SettingsBinding {

    private SettingsBinding() {
    }

    public static ScanSettings scanSettings(Environment environment) {
        return bind(environment, "orgaudit", Bindable.of(ScanSettings.class), null);
    }

    /** A setting read outside {@link ScanSettings}, checked the same way. */
    public static <T> T setting(Environment environment, String key, Class<T> type, T fallback) {
        return bind(environment, key, Bindable.of(type), fallback);
    }

    private static <T> T bind(Environment environment, String key, Bindable<T> target, T fallback) {
        try {
            Binder binder = Binder.get(environment);
            return fallback == null ? binder.bindOrCreate(key, target) : binder.bind(key, target).orElse(fallback);
        } catch (BindException e) {
            throw new InvalidSettingsException(problem(e));
        }
    }

    static String problem(BindException failure) {
        String key = KnownSettings.canonical(failure.getName());
        ConfigurationProperty property = failure.getProperty();
        String value = property == null ? "" : Shown.value(property.getValue());
        String allowed = KnownSettings.allowed(key).map(text -> "; " + text).orElse("");
        return key + ": '" + value + "' " + whatItIsNot(failure.getTarget().getType().resolve(Object.class)) + allowed
                + SettingOrigin.of(property == null ? failure.getOrigin() : property.getOrigin());
    }

    private static String whatItIsNot(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "is not a whole number";
        }
        if (type == Duration.class) {
            return "is not a duration (for example 500ms, 30s, 2m)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "is not true or false";
        }
        if (type == URI.class) {
            return "is not a URL";
        }
        if (type == Path.class) {
            return "is not a path";
        }
        if (type.isEnum()) {
            return "is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            return "is not a list";
        }
        return "cannot be read as " + type.getSimpleName();
    }
}
