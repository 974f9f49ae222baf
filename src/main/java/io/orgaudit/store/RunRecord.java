package io.orgaudit.store;

import java.time.Instant;
import java.util.List;

/** A run's metadata row. */
public record RunRecord(long runId, Instant startedAt, Instant finishedAt, String organizationId,
                        String managementAccountId, String profile, List<String> rules, List<String> regions,
                        String source, String workbook) {}
