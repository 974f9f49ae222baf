package io.orgaudit.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.orgaudit.organization.MemberAccount;
import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;

/**
 * Which entries of {@code orgaudit.accounts.include} and {@code include-ous} the organization's listing matched, so a
 * typo in an account id or an OU path is not a scan of nothing that exits 0. Fed from several listing threads.
 */
final class IncludedEntries {

    private final ScanSettings.Accounts accounts;
    private final Set<String> accountsFound = ConcurrentHashMap.newKeySet();
    private final Set<String> ousMatched = ConcurrentHashMap.newKeySet();

    /** Each included OU alone, to tell which of them an account falls under. */
    private final Map<String, ScanSettings.Accounts> eachOu;

    IncludedEntries(ScanSettings.Accounts accounts) {
        this.accounts = accounts;
        this.eachOu = accounts.includeOus().stream().distinct().collect(Collectors.toMap(ou -> ou,
                ou -> new ScanSettings.Accounts(List.of(), List.of(), List.of(ou), List.of())));
    }

    void sawAll(List<MemberAccount> page) {
        for (MemberAccount account : page) {
            if (accounts.include().contains(account.id())) {
                accountsFound.add(account.id());
            }
            eachOu.forEach((ou, onlyOu) -> {
                if (onlyOu.selects(account.id(), account.ouPath())) {
                    ousMatched.add(ou);
                }
            });
        }
    }

    /**
     * Once the whole organization is listed: an included account id the organization does not have is an error, as
     * is a selection that takes no account at all; an OU that matches no account (it may have been emptied on
     * purpose) is a warning, returned for the log.
     *
     * @param selected the run's accounts to scan (PENDING or already SCANNED)
     * @throws InvalidSettingsException naming the entries
     */
    List<String> check(String organizationId, int selected) {
        List<String> problems = new ArrayList<>();
        List<String> unknownAccounts = accounts.include().stream().filter(id -> !accountsFound.contains(id)).toList();
        if (!unknownAccounts.isEmpty()) {
            problems.add("orgaudit.accounts.include: " + String.join(", ", unknownAccounts)
                    + (unknownAccounts.size() == 1 ? " is not an account" : " are not accounts")
                    + " of organization " + organizationId + "; check the ids or remove them");
        }
        List<String> warnings = new ArrayList<>();
        List<String> emptyOus = accounts.includeOus().stream().filter(ou -> !ousMatched.contains(ou)).toList();
        if (!emptyOus.isEmpty()) {
            warnings.add("orgaudit.accounts.include-ous: " + String.join(", ", emptyOus) + " matches no account of "
                    + "organization " + organizationId + " (OU paths are names from the root, e.g. Workloads/Prod, "
                    + "and case-sensitive); nothing is scanned for it");
        }
        if (problems.isEmpty() && selected == 0) {
            problems.add("orgaudit.accounts: no ACTIVE account of organization " + organizationId + " is selected"
                    + (emptyOus.isEmpty() ? "" : " (" + String.join(", ", emptyOus) + " matches no account)")
                    + "; check orgaudit.accounts.include, include-ous, exclude and exclude-ous");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return warnings;
    }
}
