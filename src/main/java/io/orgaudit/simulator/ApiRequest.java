package io.orgaudit.simulator;

import java.util.List;
import java.util.Optional;

/** One authenticated call, as the service implementations see it. */
record ApiRequest(String service, String operation, Params params, Caller caller, String region, World world,
                  ErrorDialect errors, String requestId) {

    String required(String name) {
        return params.string(name).filter(value -> !value.isEmpty()).orElseThrow(() -> errors.missingParameter(name));
    }

    Optional<String> optional(String name) {
        return params.string(name).filter(value -> !value.isEmpty());
    }

    List<String> strings(String name) {
        return params.strings(name);
    }

    Optional<Integer> integer(String name) {
        return optional(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw errors.validation("Value '" + value + "' at '" + name + "' is not a whole number");
            }
        });
    }

    boolean bool(String name, boolean defaultValue) {
        return optional(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** The calling account (an empty one if the scenario no longer has it). */
    SimAccount account() {
        return world.accountOrEmpty(caller.accountId());
    }

    String accountId() {
        return caller.accountId();
    }

    Scenario scenario() {
        return world.scenario();
    }

    AwsServiceError notAuthorized(String action, String resource) {
        return errors.accessDenied("User: " + caller.arn() + " is not authorized to perform: " + action
                + " on resource: " + resource);
    }
}
