package io.orgaudit.exceptions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.orgaudit.rule.Verdict.Status;

/**
 * Applies a run's exceptions to its verdicts on the run's day. Pure: the verdicts stay as judged, and the outcome
 * says what the workbook shows beside them.
 */
public final class ExceptionRuling {

    private final List<ExceptionEntry> entries;
    private final LocalDate day;

    /** @param day the run's day (its start, UTC): an exception is in force through its expiry date */
    public ExceptionRuling(RunExceptions exceptions, LocalDate day) {
        this.entries = exceptions.entries();
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }

    /**
     * The exception of this account and rule, if an entry covers them: the one in force that runs longest, else the
     * one that expired last (so the workbook can say it expired).
     */
    public Optional<ExceptionOutcome> outcome(String accountId, String ouPath, String ruleId, Status real) {
        List<ExceptionEntry> covering = entries.stream().filter(e -> e.covers(accountId, ouPath, ruleId)).toList();
        Optional<ExceptionEntry> inForce = covering.stream().filter(e -> e.inForceOn(day))
                .max(Comparator.comparing(ExceptionEntry::expires));
        if (inForce.isPresent()) {
            return Optional.of(new ExceptionOutcome(inForce.get(), switch (real) {
                case FAIL -> ExceptionOutcome.Standing.EXCEPTED;
                case PASS -> ExceptionOutcome.Standing.NOT_NEEDED;
                case ERROR -> ExceptionOutcome.Standing.NOT_APPLIED_TO_ERROR;
            }));
        }
        return covering.stream().max(Comparator.comparing(ExceptionEntry::expires))
                .map(e -> new ExceptionOutcome(e, ExceptionOutcome.Standing.EXPIRED));
    }
}
