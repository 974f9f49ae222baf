package io.orgaudit.report;

import java.time.LocalDate;
import java.util.List;

import io.orgaudit.exceptions.ExceptionEntry;
import io.orgaudit.exceptions.ExceptionOutcome;
import io.orgaudit.rule.Verdict.Status;

/**
 * The run's exceptions as the workbook shows them: every entry with the accounts and rules of the run it covers, and
 * which entries expired since the previous run or expire soon.
 *
 * @param source         the exceptions file the run started with; "" for none
 * @param day            the run's day: an entry is in force through its expiry date
 * @param previousRunDay the day of the organization's previous finished run, or null for the first run
 * @param expiringBy     entries in force that expire before this day are "expiring soon"
 */
public record ExceptionsView(String source, LocalDate day, LocalDate previousRunDay, LocalDate expiringBy,
                      List<EntryView> entries) {

    public ExceptionsView {
        source = source == null ? "" : source;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    static ExceptionsView none(LocalDate day) {
        return new ExceptionsView("", day, null, day, List.of());
    }

    /** An account and rule of the run that an entry covers, with the real verdict and what the entry did to it. */
    record Match(String accountId, String accountName, String ruleId, Status real, ExceptionOutcome.Standing standing) {}

    record EntryView(ExceptionEntry entry, List<Match> matches) {

        EntryView {
            matches = List.copyOf(matches);
        }

        long count(ExceptionOutcome.Standing standing) {
            return matches.stream().filter(match -> match.standing() == standing).count();
        }
    }

    boolean any() {
        return !entries.isEmpty();
    }

    /** In force at the previous run and not today; with no previous run, every entry already expired. */
    List<EntryView> expiredSincePreviousRun() {
        return entries.stream().filter(e -> !e.entry().inForceOn(day))
                .filter(e -> previousRunDay == null || e.entry().inForceOn(previousRunDay)).toList();
    }

    List<EntryView> expiringSoon() {
        return entries.stream().filter(e -> e.entry().inForceOn(day) && e.entry().expires().isBefore(expiringBy))
                .toList();
    }

    List<EntryView> unmatched() {
        return entries.stream().filter(e -> e.matches().isEmpty()).toList();
    }

    /** "in force, 12 days left", "expired on 2026-11-30": for the Exceptions sheet and the Summary. */
    String status(ExceptionEntry entry) {
        if (!entry.inForceOn(day)) {
            return "expired on " + entry.expires();
        }
        return "in force, " + new ExceptionOutcome(entry, ExceptionOutcome.Standing.EXCEPTED).daysLeft(day);
    }
}
