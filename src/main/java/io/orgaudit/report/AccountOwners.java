package io.orgaudit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner columns: one per configured tag key (orgaudit.owners.tag-keys), after the OU path in the Matrix, the
 * Findings and the exports. An account missing from {@code byAccount} had its tags not read (the read failed), which
 * its cells say rather than looking untagged; an account read without a key has an empty cell.
 *
 * @param tagKeys   the configured keys, in order; empty: no owner columns at all
 * @param byAccount account id -> the account's values of those keys (only the keys it has)
 */
public record AccountOwners(List<String> tagKeys, Map<String, Map<String, String>> byAccount) {

    /** What an owner cell says when the account's tags could not be read. */
    public static final String NOT_READ = "(could not be read)";
    public static final AccountOwners NONE = new AccountOwners(List.of(), Map.of());

    public AccountOwners {
        tagKeys = tagKeys == null ? List.of() : List.copyOf(tagKeys);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        if (byAccount != null) {
            byAccount.forEach((account, tags) -> copy.put(account, Map.copyOf(tags)));
        }
        byAccount = Map.copyOf(copy);
    }

    boolean shown() {
        return !tagKeys.isEmpty();
    }

    boolean read(String accountId) {
        return byAccount.containsKey(accountId);
    }

    /** The account's value of the key: "" when it lacks the key, {@link #NOT_READ} when its tags were not read. */
    String cell(String accountId, String key) {
        Map<String, String> tags = byAccount.get(accountId);
        return tags == null ? NOT_READ : tags.getOrDefault(key, "");
    }

    /** The cells of an account's row, one per key. */
    List<String> cells(String accountId) {
        return tagKeys.stream().map(key -> cell(accountId, key)).toList();
    }
}
