package io.orgaudit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.orgaudit.exceptions.ExceptionEntry;
import io.orgaudit.rule.Verdict;

/**
 * The columns of a finding, shared by the Findings sheet, the CSV and the JSON Lines export so the three always agree.
 * Values are display text: e-mail and other subscriber endpoints are already masked.
 */
enum FindingColumns {
    ACCOUNT_ID("Account id", "accountId", 15),
    ACCOUNT_NAME("Account name", "accountName", 30),
    OU_PATH("OU path", "ouPath", 30),
    RULE("Rule", "ruleId", 15),
    VERDICT("Verdict", "verdict", 10),
    REAL_VERDICT("Real verdict", "realVerdict", 10),
    REASON("Reason", "reason", 60),
    BROKEN_LINK("Broken link", "brokenLink", 22),
    TRAIL("Trail", "trailArn", 40),
    TRAIL_HOME_REGION("Trail home region", "trailHomeRegion", 14),
    ORGANIZATION_TRAIL("Organization trail", "organizationTrail", 14),
    LOG_GROUP("Log group", "logGroupArn", 40),
    FILTER_NAME("Filter name", "filterName", 25),
    FILTER_PATTERN("Filter pattern", "filterPattern", 60),
    METRIC("Metric", "metricName", 25),
    METRIC_NAMESPACE("Metric namespace", "metricNamespace", 18),
    ALARM("Alarm", "alarmName", 25),
    TOPIC("SNS topic", "topicArn", 40),
    CONFIRMED_SUBSCRIBERS("Confirmed subscribers", "confirmedSubscribers", 14),
    PROTOCOLS("Protocols", "protocols", 14),
    ENDPOINTS("Endpoints (masked)", "endpoints", 40),
    EXCEPTION("Exception", "exceptionId", 16),
    EXCEPTION_NOTE("Exception note", "exceptionNote", 40),
    EXCEPTION_EXPIRES("Exception expires", "exceptionExpires", 12),
    EXCEPTION_APPROVED_BY("Exception approved by", "exceptionApprovedBy", 20),
    EXCEPTION_TICKET("Exception ticket", "exceptionTicket", 14),
    EXCEPTION_JUSTIFICATION("Exception justification", "exceptionJustification", 40);

    private final String header;
    private final String jsonName;
    private final int width;

    FindingColumns(String header, String jsonName, int width) {
        this.header = header;
        this.jsonName = jsonName;
        this.width = width;
    }

    String header() {
        return header;
    }

    String jsonName() {
        return jsonName;
    }

    int width() {
        return width;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(FindingColumns::header).toList();
    }

    /** Width of an owner column, in characters. */
    static final int OWNER_WIDTH = 20;

    /** The headers with one owner column per tag key after the OU path (none when no key is configured). */
    static List<String> headers(AccountOwners owners) {
        List<String> headers = new ArrayList<>(headers());
        headers.addAll(OU_PATH.ordinal() + 1, owners.tagKeys());
        return headers;
    }

    /** Where this column goes once the owner columns are in. */
    int position(AccountOwners owners) {
        return ordinal() > OU_PATH.ordinal() ? ordinal() + owners.tagKeys().size() : ordinal();
    }

    /** A finding's display texts in the order of {@link #headers(AccountOwners)}. */
    static List<String> texts(FindingRow finding, AccountOwners owners) {
        List<String> texts = new ArrayList<>(Arrays.stream(values()).map(column -> column.text(finding)).toList());
        texts.addAll(OU_PATH.ordinal() + 1, owners.cells(finding.accountId()));
        return texts;
    }

    /** The display text of this column for a finding; "" when the finding has no such evidence. */
    String text(FindingRow finding) {
        Verdict.Chain evidence = finding.chain();
        return switch (this) {
            case ACCOUNT_ID -> finding.accountId();
            case ACCOUNT_NAME -> nullToEmpty(finding.accountName());
            case OU_PATH -> nullToEmpty(finding.ouPath());
            case RULE -> finding.ruleId();
            case VERDICT -> finding.standing().name();
            case REAL_VERDICT -> finding.status().name();
            case REASON -> nullToEmpty(finding.reason());
            case BROKEN_LINK -> finding.brokenLink() == null ? "" : finding.brokenLink().label();
            case EXCEPTION, EXCEPTION_NOTE, EXCEPTION_EXPIRES, EXCEPTION_APPROVED_BY, EXCEPTION_TICKET,
                 EXCEPTION_JUSTIFICATION -> finding.exception() == null ? "" : exceptionText(finding);
            default -> evidence == null ? "" : evidenceText(evidence);
        };
    }

    private String exceptionText(FindingRow finding) {
        ExceptionEntry entry = finding.exception().entry();
        return switch (this) {
            case EXCEPTION -> entry.id();
            case EXCEPTION_NOTE -> finding.exceptionNote();
            case EXCEPTION_EXPIRES -> entry.expires().toString();
            case EXCEPTION_APPROVED_BY -> entry.approvedBy();
            case EXCEPTION_TICKET -> entry.ticket();
            case EXCEPTION_JUSTIFICATION -> entry.justification();
            default -> throw new IllegalStateException("not an exception column: " + this);
        };
    }

    private String evidenceText(Verdict.Chain evidence) {
        return switch (this) {
            case TRAIL -> nullToEmpty(evidence.trailArn());
            case TRAIL_HOME_REGION -> nullToEmpty(evidence.trailHomeRegion());
            case ORGANIZATION_TRAIL -> evidence.trailArn() == null ? "" : evidence.organizationTrail() ? "yes" : "no";
            case LOG_GROUP -> nullToEmpty(evidence.logGroupArn());
            case FILTER_NAME -> nullToEmpty(evidence.filterName());
            case FILTER_PATTERN -> nullToEmpty(evidence.filterPattern());
            case METRIC -> nullToEmpty(evidence.metricName());
            case METRIC_NAMESPACE -> nullToEmpty(evidence.metricNamespace());
            case ALARM -> nullToEmpty(evidence.alarmName());
            case TOPIC -> nullToEmpty(evidence.topicArn());
            case CONFIRMED_SUBSCRIBERS -> Integer.toString(evidence.confirmedSubscribers());
            case PROTOCOLS -> String.join(", ", evidence.protocols());
            case ENDPOINTS -> String.join(", ", maskedEndpoints(evidence));
            default -> throw new IllegalStateException("not an evidence column: " + this);
        };
    }

    static List<String> maskedEndpoints(Verdict.Chain evidence) {
        return evidence.endpoints().stream().map(Masking::endpoint).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
