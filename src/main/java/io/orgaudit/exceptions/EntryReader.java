package io.orgaudit.exceptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import io.orgaudit.settings.EditDistance;

/** One entry of the exceptions file, field by field, with a message that names the entry and field it refuses. */
final class EntryReader {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final Path file;
    private final Set<String> knownRules;
    private final LocalDate today;
    private final long longestHorizon;

    EntryReader(Path file, Set<String> knownRules, LocalDate today, long longestHorizon) {
        this.file = file;
        this.knownRules = knownRules;
        this.today = today;
        this.longestHorizon = longestHorizon;
    }

    ExceptionEntry read(int position, JsonNode node) {
        if (!node.isObject()) {
            throw refused("entry " + position, "id", "the entry is not a mapping of fields; give id, accounts or "
                    + "ous, rules, justification, approved-by, ticket and expires");
        }
        Map<String, JsonNode> fields = ExceptionsFile.fields(node);
        String id = fields.get("id") != null && fields.get("id").isValueNode() ? fields.get("id").asString() : null;
        String entry = "entry " + position + (id == null || id.isBlank() ? "" : " (" + id + ")");
        for (String field : fields.keySet()) {
            if (!ExceptionsFile.FIELDS.contains(field)) {
                throw refused(entry, field, "unknown field" + closest(field) + "; an entry has "
                        + String.join(", ", ExceptionsFile.FIELDS));
            }
        }
        String checkedId = text(entry, fields, "id", "give the entry an id, e.g. the risk register's (EX-2026-014)");
        List<String> accounts = accounts(entry, fields);
        List<String> ous = list(entry, fields, "ous");
        if (accounts.isEmpty() && ous.isEmpty()) {
            throw refused(entry, "accounts", "name the accounts the exception covers: account ids under 'accounts', "
                    + "OU paths under 'ous', or both");
        }
        List<String> rules = rules(entry, fields);
        return new ExceptionEntry(checkedId, accounts, ous, rules,
                text(entry, fields, "justification", "say why the risk is accepted"),
                text(entry, fields, "approved-by", "say who approved the exception"),
                text(entry, fields, "ticket", "give the ticket or reference of the approval"),
                expires(entry, fields));
    }

    private List<String> accounts(String entry, Map<String, JsonNode> fields) {
        JsonNode node = fields.get("accounts");
        if (node != null && node.isArray()) {
            for (JsonNode account : node) {
                if (account.isNumber()) {
                    throw refused(entry, "accounts", account.asString() + " is a number in YAML, which loses leading "
                            + "zeros; quote each account id, e.g. \"012345678901\"");
                }
            }
        }
        List<String> accounts = list(entry, fields, "accounts");
        for (String account : accounts) {
            if (!ACCOUNT_ID.matcher(account).matches()) {
                throw refused(entry, "accounts", "'" + account + "' is not an account id; give 12 digits in quotes");
            }
        }
        return accounts;
    }

    private List<String> rules(String entry, Map<String, JsonNode> fields) {
        List<String> rules = list(entry, fields, "rules");
        if (rules.isEmpty()) {
            throw refused(entry, "rules", "name the rule ids the exception covers, e.g. [D9.AWS.MON.01]");
        }
        for (String rule : rules) {
            if (!knownRules.contains(rule)) {
                throw refused(entry, "rules", "unknown rule id '" + rule + "'" + closestRule(rule) + "; known rules: "
                        + String.join(", ", new TreeSet<>(knownRules)));
            }
        }
        return rules;
    }

    private LocalDate expires(String entry, Map<String, JsonNode> fields) {
        String text = text(entry, fields, "expires", "every exception needs an expiry date (YYYY-MM-DD), at most "
                + longestHorizon + " days from today (orgaudit.exceptions.longest-horizon)");
        LocalDate expires;
        try {
            expires = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(entry, "expires", "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31");
        }
        if (expires.isAfter(today.plusDays(longestHorizon))) {
            throw refused(entry, "expires", expires + " is more than " + longestHorizon + " days after today ("
                    + today + "), the longest orgaudit.exceptions.longest-horizon allows; give an earlier date, or "
                    + "raise the setting");
        }
        return expires;
    }

    private String text(String entry, Map<String, JsonNode> fields, String field, String what) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull() || (node.isValueNode() && node.asString().isBlank())) {
            throw refused(entry, field, "missing or empty; " + what);
        }
        if (!node.isValueNode()) {
            throw refused(entry, field, "give one value, not a list or mapping");
        }
        return node.asString().strip();
    }

    /** A list of text values; one value alone is taken as a list of one. */
    private List<String> list(String entry, Map<String, JsonNode> fields, String field) {
        JsonNode node = fields.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        for (JsonNode value : node.isArray() ? node : List.of(node)) {
            if (!value.isValueNode() || value.isNull() || value.asString().isBlank()) {
                throw refused(entry, field, "give a list of values, e.g. [a, b], without empty or nested items");
            }
            values.add(value.asString().strip());
        }
        return values;
    }

    private static String closest(String field) {
        return nearest(ExceptionsFile.FIELDS, field).map(known -> " (did you mean '" + known + "'?)").orElse("");
    }

    private String closestRule(String rule) {
        return nearest(knownRules, rule).map(known -> " (did you mean " + known + "?)").orElse("");
    }

    /** The known word a typo is nearest to, when it is at most two edits away. */
    private static java.util.Optional<String> nearest(java.util.Collection<String> known, String typo) {
        return known.stream().min(Comparator.comparingInt(word -> EditDistance.between(word, typo)))
                .filter(word -> EditDistance.between(word, typo) <= 2);
    }

    private ExceptionsFileException refused(String entry, String field, String problem) {
        return ExceptionsFileException.ofEntry(file, entry, field, problem);
    }
}
