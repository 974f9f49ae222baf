package io.orgaudit.exceptions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.orgaudit.settings.ScanSettings;

/**
 * One accepted risk of the exceptions file: for these accounts (by id, or every account in or below these OU paths)
 * and these rules, a FAIL is shown as EXCEPTED until the end of {@code expires}, with who approved it and why.
 */
public record ExceptionEntry(String id, List<String> accounts, List<String> ous, List<String> rules,
                             String justification, String approvedBy, String ticket, LocalDate expires) {

    public ExceptionEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expires, "expires");
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        ous = ous == null ? List.of() : List.copyOf(ous);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public boolean coversAccount(String accountId, String ouPath) {
        return accounts.contains(accountId)
                || ous.stream().anyMatch(ou -> ScanSettings.Accounts.within(ouPath == null ? "" : ouPath, ou));
    }

    public boolean covers(String accountId, String ouPath, String ruleId) {
        return rules.contains(ruleId) && coversAccount(accountId, ouPath);
    }

    /** In force through its expiry date (the whole day, UTC); from the day after, the real verdict applies again. */
    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
