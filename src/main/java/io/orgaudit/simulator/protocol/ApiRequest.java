package io.orgaudit.simulator.protocol;

import java.util.List;
import java.util.Optional;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.SimAccount;
import io.orgaudit.simulator.scenario.World;

/** One authenticated call, as the service implementations see it. */
public record ApiRequest(String service, String operation, Params params, Caller caller, String region, World world,
                  ErrorDialect errors, String requestId) {

    public String required(String name) {
        return params.string(name).filter(value -> !value.isEmpty()).orElseThrow(() -> errors.missingParameter(name));
    }

    public Optional<String> optional(String name) {
        return params.string(name).filter(value -> !value.isEmpty());
    }

    public List<String> strings(String name) {
        return params.strings(name);
    }

    public Optional<Integer> integer(String name) {
        return optional(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw errors.validation("Value '" + value + "' at '" + name + "' is not a whole number");
            }
        });
    }

    public boolean bool(String name, boolean defaultValue) {
        return optional(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** The calling account (an empty one if the scenario no longer has it). */
    public SimAccount account() {
        return world.accountOrEmpty(caller.accountId());
    }

    public String accountId() {
        return caller.accountId();
    }

    public Scenario scenario() {
        return world.scenario();
    }

    public AwsServiceError notAuthorized(String action, String resource) {
        return errors.accessDenied("User: " + caller.arn() + " is not authorized to perform: " + action
                + " on resource: " + resource);
    }
}
