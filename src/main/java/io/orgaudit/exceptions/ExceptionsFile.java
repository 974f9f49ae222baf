package io.orgaudit.exceptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the operator's exceptions file (docs/exceptions.md) and checks every entry at start-up, so a typo stops the
 * run before any AWS call instead of silently leaving a risk unexcepted, or a FAIL excepted for ever.
 */
public final class ExceptionsFile {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private ExceptionsFile() {
    }

    /**
     * @param knownRules     the rule catalogue's ids: an entry naming any other is refused
     * @param today          the run's day, for the longest horizon
     * @param longestHorizon how far after today an expiry date may lie, in days
     */
    public static List<ExceptionEntry> load(Path file, Set<String> knownRules, LocalDate today, long longestHorizon) {
        if (!Files.isRegularFile(file)) {
            throw ExceptionsFileException.ofSetting(file, "does not exist; name a YAML file of exceptions "
                    + "(docs/exceptions.md), or leave the setting empty");
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw ExceptionsFileException.ofFile(file, "does not parse: " + message.lines().findFirst().orElse(""), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of(); // an empty file: no exceptions yet
        }
        if (!root.isObject() || root.size() != 1 || !root.has("exceptions") || !root.get("exceptions").isArray()) {
            throw ExceptionsFileException.ofFile(file, "give the entries as a list under 'exceptions:' and nothing "
                    + "else at the top (docs/exceptions.md)", null);
        }
        EntryReader reader = new EntryReader(file, knownRules, today, longestHorizon);
        List<ExceptionEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (JsonNode node : root.get("exceptions")) {
            position++;
            ExceptionEntry entry = reader.read(position, node);
            if (!ids.add(entry.id())) {
                throw ExceptionsFileException.ofEntry(file, "entry " + position + " (" + entry.id() + ")", "id",
                        "'" + entry.id() + "' is the id of an earlier entry too; give each entry its own id");
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The fields an entry may have, in the order the documentation gives them. */
    static final List<String> FIELDS = List.of("id", "accounts", "ous", "rules", "justification", "approved-by",
            "ticket", "expires");

    static Map<String, JsonNode> fields(JsonNode entry) {
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        entry.properties().forEach(property -> fields.put(property.getKey(), property.getValue()));
        return fields;
    }
}
