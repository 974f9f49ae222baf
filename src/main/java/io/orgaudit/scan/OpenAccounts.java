package io.orgaudit.scan;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The accounts of a collection step being scanned right now, for idle workers to help with their regions. */
final class OpenAccounts {

    private final Set<AccountRegions> open = ConcurrentHashMap.newKeySet();

    void add(AccountRegions account) {
        open.add(account);
    }

    void remove(AccountRegions account) {
        open.remove(account);
    }

    /** The open account that wants help with the most regions nobody has taken, if any. */
    Optional<AccountRegions> mostLeft() {
        return open.stream().filter(AccountRegions::helpWanted).max(Comparator.comparingInt(AccountRegions::left));
    }
}
