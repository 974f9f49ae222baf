package io.orgaudit.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner tags of a run's accounts (scan_account.tags): the configured keys of each account's Organizations tags as
 * a JSON object, read once per run. NULL means not read: the setting was off, the run was killed first, or the read
 * failed (the workbook then says the tags could not be read).
 */
public class OwnerTagStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TAGS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;

    public OwnerTagStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of these accounts (a listing page, some 20) whose tags this run has not read yet. */
    public List<String> withoutTags(long runId, List<String> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(runId);
        arguments.addAll(accountIds);
        return jdbc.queryForList("SELECT account_id FROM scan_account WHERE run_id = ? AND tags IS NULL AND account_id IN ("
                + String.join(",", Collections.nCopies(accountIds.size(), "?")) + ") ORDER BY account_id",
                String.class, arguments.toArray());
    }

    /** Committed at once (auto-commit), so a run killed later keeps every account read so far. */
    public void saveTags(long runId, String accountId, Map<String, String> tags) {
        jdbc.update("UPDATE scan_account SET tags = ? WHERE run_id = ? AND account_id = ?",
                JSON.writeValueAsString(tags), runId, accountId);
    }

    /** Every account of the run whose tags were read, with them (key -> value, only the keys the account has). */
    public Map<String, Map<String, String>> tags(long runId) {
        Map<String, Map<String, String>> byAccount = new LinkedHashMap<>();
        jdbc.query("SELECT account_id, tags FROM scan_account WHERE run_id = ? AND tags IS NOT NULL ORDER BY account_id",
                rs -> {
                    byAccount.put(rs.getString(1), JSON.readValue(rs.getString(2), TAGS));
                }, runId);
        return byAccount;
    }
}
