package io.orgaudit.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * orgaudit takes only {@code --name=value} options. Spring Boot passes anything else on as a non-option argument
 * that nobody reads, so {@code -orgaudit.concurrency=8} (one dash) would silently scan with the default.
 */
public final class LaunchArguments {

    private LaunchArguments() {
    }

    public static List<String> problems(String[] arguments) {
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (!argument.startsWith("--") || argument.length() == 2) {
                problems.add("argument '" + Shown.value(argument) + "' is not an option; give settings as --name=value, "
                        + "for example --" + suggestion(argument));
            }
        }
        return problems;
    }

    private static String suggestion(String argument) {
        String bare = Shown.value(argument.replaceFirst("^-+", ""));
        return bare.isEmpty() || !bare.contains("=") ? "orgaudit.command=rerun-failed" : bare;
    }
}
