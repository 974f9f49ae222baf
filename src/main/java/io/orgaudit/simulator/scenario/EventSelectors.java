package io.orgaudit.simulator.scenario;

import java.util.Arrays;
import java.util.Optional;

/** The management-event recording set-ups a trail can have, by the name the scenario YAML uses. */
public enum EventSelectors {
    /** CloudTrail's default: basic selector, all read/write management events. */
    BASIC("basic"),
    BASIC_WRITE_ONLY("basic-write-only"),
    BASIC_READ_ONLY("basic-read-only"),
    /** Basic selector recording only S3 data events. */
    BASIC_NO_MANAGEMENT("basic-no-management"),
    /** Advanced selector on eventCategory = Management (all read/write types). */
    ADVANCED("advanced"),
    ADVANCED_WRITE_ONLY("advanced-write-only");

    private final String yamlName;

    EventSelectors(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Whether the trail records every read and write management event (what the CIS procedure asks). */
    public boolean recordsAllManagementEvents() {
        return this == BASIC || this == ADVANCED;
    }

    static Optional<EventSelectors> fromYamlName(String name) {
        return Arrays.stream(values()).filter(v -> v.yamlName.equals(name)).findFirst();
    }
}
