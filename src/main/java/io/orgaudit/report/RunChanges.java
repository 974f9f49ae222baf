package io.orgaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.rule.Verdict.Status;

/** What changed between the previous run and this one, account by account (overall verdicts). */
public record RunChanges(long previousRunId, List<AccountChange> changes) {

    public enum Kind { PASS_TO_FAIL, FAIL_TO_PASS, NEW_ERROR, ERROR_CLEARED, NEW_ACCOUNT, ACCOUNT_GONE }

    /** One account whose standing changed; before is null for a new account, after is null for one gone. */
    public record AccountChange(String accountId, String accountName, Kind kind, Status before, Status after) {
    }

    public RunChanges {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** Compares the accounts of two runs by their overall verdict; the result follows the current run's order. */
    public static RunChanges between(long previousRunId, List<AccountRow> previous, List<AccountRow> current) {
        Map<String, AccountRow> before = new LinkedHashMap<>();
        previous.forEach(account -> before.put(account.accountId(), account));
        List<AccountChange> changes = new ArrayList<>();
        for (AccountRow account : current) {
            AccountRow earlier = before.remove(account.accountId());
            Status now = account.overallVerdict();
            if (earlier == null) {
                changes.add(new AccountChange(account.accountId(), account.name(), Kind.NEW_ACCOUNT, null, now));
                continue;
            }
            Kind kind = kindOf(earlier.overallVerdict(), now);
            if (kind != null) {
                changes.add(new AccountChange(account.accountId(), account.name(), kind, earlier.overallVerdict(), now));
            }
        }
        before.values().forEach(gone -> changes.add(
                new AccountChange(gone.accountId(), gone.name(), Kind.ACCOUNT_GONE, gone.overallVerdict(), null)));
        return new RunChanges(previousRunId, changes);
    }

    /**
     * Compares with the run whose findings were exported as JSON Lines by {@link FindingsExport}, for when no other
     * record of the previous run is at hand.
     */
    public static RunChanges sinceExport(Path previousJsonLines, List<AccountRow> current) {
        Objects.requireNonNull(previousJsonLines, "previousJsonLines");
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, Status>> verdicts = new HashMap<>();
        long runId = 0;
        try (Stream<String> lines = Files.lines(previousJsonLines)) {
            for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
                JsonNode row = json.readTree(line);
                runId = row.path("runId").asLong();
                String accountId = row.path("accountId").asString();
                names.put(accountId, row.path("accountName").asString(null));
                verdicts.computeIfAbsent(accountId, id -> new HashMap<>())
                        .put(row.path("ruleId").asString(), Status.valueOf(row.path("verdict").asString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the previous run's findings " + previousJsonLines + ": " + e, e);
        }
        List<AccountRow> previous = new ArrayList<>();
        names.forEach((id, name) -> previous.add(new AccountRow(id, name, null, null, verdicts.get(id))));
        return between(runId, previous, current);
    }

    private static Kind kindOf(Status before, Status now) {
        if (Objects.equals(before, now) || now == null) {
            return null;
        }
        if (now == Status.ERROR) {
            return Kind.NEW_ERROR;
        }
        if (before == Status.ERROR || before == null) {
            return Kind.ERROR_CLEARED;
        }
        return now == Status.FAIL ? Kind.PASS_TO_FAIL : Kind.FAIL_TO_PASS;
    }

    long count(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }
}
