package io.orgaudit.launch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of bad input and what orgaudit must answer: the exit code and the one line (after "orgaudit: ";
 * "{dir}", "{closed}", "{html}", "{failing}" stand for the test's folder and ports; a trailing "..." asks only for the
 * start of the line).
 *
 * @param opensDatabase true when the problem can only show once the database is open (the file may then be rewritten
 *                      by H2, but its rows must stay)
 */
record BadInput(String name, List<String> arguments, Map<String, String> environment,
                Map<String, String> systemProperties, int exitCode, String line, boolean opensDatabase) {

    static BadInput of(String name, int exitCode, String line, String... arguments) {
        return new BadInput(name, List.of(arguments), Map.of(), Map.of(), exitCode, line, false);
    }

    BadInput withEnvironment(String variable, String value) {
        Map<String, String> all = new HashMap<>(environment);
        all.put(variable, value);
        return new BadInput(name, arguments, Map.copyOf(all), systemProperties, exitCode, line, opensDatabase);
    }

    BadInput withSystemProperties(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(systemProperties);
        all.putAll(properties);
        return new BadInput(name, arguments, environment, Map.copyOf(all), exitCode, line, opensDatabase);
    }

    BadInput openingTheDatabase() {
        return new BadInput(name, arguments, environment, systemProperties, exitCode, line, true);
    }

    boolean needsNoCredentials() {
        return systemProperties.containsKey("aws.sharedCredentialsFile");
    }

    @Override
    public String toString() {
        return name;
    }
}
