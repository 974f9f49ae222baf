package io.orgaudit.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the Summary sheet says about the run itself. */
public record RunInfo(long runId, String organizationId, String managementAccountId, Instant startedAt, Instant finishedAt,
                      String profile, List<String> regions, String source, String rerunCommand) {

    public RunInfo {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(startedAt, "startedAt");
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** Zero while the run has no end time. */
    public Duration duration() {
        return finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
    }
}
