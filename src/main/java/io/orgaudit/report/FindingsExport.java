package io.orgaudit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.rule.Verdict;

/**
 * Writes the Findings rows as CSV and as JSON Lines beside a workbook, under the workbook's base name
 * ({@code orgaudit-o-x-2026-11-28-run42.csv} / {@code .jsonl}), so a SIEM or a notebook can ingest them.
 * The CSV has the Findings sheet's columns; each JSON line has the same values, typed, plus the run id and organization.
 */
public final class FindingsExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param workbook the path {@link WorkbookWriter#write} returned
     * @throws IllegalStateException when a file of either name already exists (it is never overwritten)
     */
    public ExportedFindings write(WorkbookContent content, Path workbook) {
        Objects.requireNonNull(content, "content");
        Path directory = OutputFiles.usableDirectory(workbook.toAbsolutePath().getParent());
        String fileName = workbook.getFileName().toString();
        String base = fileName.endsWith(OutputFiles.WORKBOOK)
                ? fileName.substring(0, fileName.length() - OutputFiles.WORKBOOK.length()) : fileName;
        Path csv = writeFile(directory, base, OutputFiles.CSV, writer -> writeCsv(content, writer));
        Path jsonLines = writeFile(directory, base, OutputFiles.JSON_LINES, writer -> writeJsonLines(content, writer));
        return new ExportedFindings(csv, jsonLines);
    }

    private interface Body {
        void writeTo(BufferedWriter writer) throws IOException;
    }

    private static Path writeFile(Path directory, String base, String extension, Body body) {
        Path temporary = OutputFiles.temporaryFile(directory, extension);
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                body.writeTo(writer);
            }
            return OutputFiles.publishExactly(temporary, directory.resolve(base + extension));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(base + extension) + ": " + e, e);
        } finally {
            OutputFiles.deleteQuietly(temporary);
        }
    }

    private static void writeCsv(WorkbookContent content, BufferedWriter writer) throws IOException {
        writer.write(CsvText.line(FindingColumns.headers(content.owners())));
        for (FindingRow finding : content.findings()) {
            writer.write(CsvText.line(FindingColumns.texts(finding, content.owners())));
        }
    }

    private static void writeJsonLines(WorkbookContent content, BufferedWriter writer) throws IOException {
        for (FindingRow finding : content.findings()) {
            writer.write(JSON.writeValueAsString(jsonRow(content.run(), finding, content.owners())));
            writer.write('\n');
        }
    }

    /** Typed values: numbers as numbers, yes/no as booleans, lists as arrays, missing evidence as null. */
    static Map<String, Object> jsonRow(RunInfo run, FindingRow finding) {
        return jsonRow(run, finding, AccountOwners.NONE);
    }

    /**
     * With owner columns, {@code ownerTags} after the OU path: key -> value (null: the account lacks the key), or
     * null when the account's tags could not be read.
     */
    static Map<String, Object> jsonRow(RunInfo run, FindingRow finding, AccountOwners owners) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", run.runId());
        row.put("organizationId", run.organizationId());
        Verdict.Chain evidence = finding.chain();
        for (FindingColumns column : FindingColumns.values()) {
            row.put(column.jsonName(), jsonValue(column, finding, evidence));
            if (column == FindingColumns.OU_PATH && owners.shown()) {
                row.put("ownerTags", ownerTags(finding.accountId(), owners));
            }
        }
        return row;
    }

    private static Object jsonValue(FindingColumns column, FindingRow finding, Verdict.Chain evidence) {
        return switch (column) {
            case ACCOUNT_ID, ACCOUNT_NAME, OU_PATH, RULE, VERDICT, REAL_VERDICT, REASON, EXCEPTION, EXCEPTION_NOTE,
                 EXCEPTION_EXPIRES, EXCEPTION_APPROVED_BY, EXCEPTION_TICKET, EXCEPTION_JUSTIFICATION ->
                    emptyToNull(column.text(finding));
            case BROKEN_LINK -> finding.brokenLink() == null ? null : finding.brokenLink().name();
            case ORGANIZATION_TRAIL -> evidence == null || evidence.trailArn() == null ? null : evidence.organizationTrail();
            case CONFIRMED_SUBSCRIBERS -> evidence == null ? null : evidence.confirmedSubscribers();
            case PROTOCOLS -> evidence == null ? null : evidence.protocols();
            case ENDPOINTS -> evidence == null ? null : FindingColumns.maskedEndpoints(evidence);
            default -> evidence == null ? null : emptyToNull(column.text(finding));
        };
    }

    private static Map<String, String> ownerTags(String accountId, AccountOwners owners) {
        if (!owners.read(accountId)) {
            return null;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        owners.tagKeys().forEach(key -> tags.put(key, owners.byAccount().get(accountId).get(key)));
        return tags;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
