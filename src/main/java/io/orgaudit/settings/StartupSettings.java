package io.orgaudit.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Every check of the settings themselves, in the order their problems make sense to read: the arguments and the
 * keys first (a misspelt key makes every value suspect), then each value against what its setting allows.
 */
public final class StartupSettings {

    private StartupSettings() {
    }

    /** @return the bound settings, when there is nothing to fix */
    public static ScanSettings check(ConfigurableEnvironment environment, String[] arguments,
                                     Set<String> knownRegions) {
        List<String> problems = new ArrayList<>(LaunchArguments.problems(arguments));
        problems.addAll(UnknownSettings.problems(environment));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        ScanSettings settings = SettingsBinding.scanSettings(environment);
        SettingsBinding.setting(environment, "orgaudit.run-on-startup", Boolean.class, Boolean.TRUE);
        problems.addAll(new ScanSettingsValidator(knownRegions).problems(settings));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return settings;
    }
}
