package io.orgaudit.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * What the Trend sheet shows: the runs it covers (oldest first, the run reported last), per framework and per rule a
 * tally of the real verdicts per run, and the accounts failing a rule in the run reported with since when.
 */
public record TrendHistory(List<Run> runs, Map<String, List<Compliance.Tally>> frameworks,
                           Map<String, List<Compliance.Tally>> rules, List<FailingSince> failingSince) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public TrendHistory {
        runs = List.copyOf(runs);
        frameworks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frameworks));
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        failingSince = List.copyOf(failingSince);
    }

    /** A run of the trend. */
    public record Run(long runId, Instant startedAt) {

        /** The run's day (UTC), e.g. 2026-11-03. */
        String day() {
            return DAY.format(startedAt);
        }

        /** The column header, e.g. "Run 12 2026-11-03". */
        String header() {
            return "Run " + runId + " " + day();
        }

        /** E.g. "run 12, 2026-11-03". */
        String since() {
            return "run " + runId + ", " + day();
        }
    }

    /**
     * An account failing in the run reported (some rule FAILs), since the first run of its unbroken streak of runs
     * in which some rule failed, and each rule failing now with its own streak, longest-failing first.
     */
    public record FailingSince(String accountId, String accountName, String ouPath, Run firstFailed,
                               int runsFailing, List<RuleFailing> rules) {

        public FailingSince {
            rules = List.copyOf(rules);
        }

        /** E.g. "D9.AWS.MON.01 since run 2, 2026-11-02; ORGAUDIT.MON.03 since run 3, 2026-11-03". */
        String rulesText() {
            return String.join("; ", rules.stream().map(rule -> rule.ruleId() + " since " + rule.firstFailed().since())
                    .toList());
        }
    }

    /** A rule an account fails in the run reported, since the first run of its unbroken streak of FAILs. */
    public record RuleFailing(String ruleId, Run firstFailed, int runsFailing) {}
}
