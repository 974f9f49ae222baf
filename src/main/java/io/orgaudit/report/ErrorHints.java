package io.orgaudit.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ERROR reason and says what most likely went wrong. The reason is free text (usually the AWS SDK message),
 * so this is a best guess; the Errors sheet shows the reason beside it.
 */
final class ErrorHints {

    private static final Pattern ERROR_CODE = Pattern.compile(
            "\\b(AccessDenied(?:Exception)?|[A-Z][A-Za-z]*(?:Exception|Error|Failure|NotFound)|Throttling|"
                    + "OptInRequired|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|RequestExpired)\\b");
    private static final Pattern SERVICE = Pattern.compile("Service: ([A-Za-z0-9 ]+?)[,)]");

    private ErrorHints() {
    }

    /** The AWS error code named in the reason, or "". */
    static String errorCode(String reason) {
        if (reason == null) {
            return "";
        }
        Matcher matcher = ERROR_CODE.matcher(reason);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** The AWS service named in an SDK message ("Service: Sts, Status Code: 403, ..."), or "". */
    static String service(String reason) {
        if (reason == null) {
            return "";
        }
        Matcher matcher = SERVICE.matcher(reason);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    static String hint(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String text = reason.toLowerCase(Locale.ROOT);
        if (text.contains("assumerole") || text.contains("assume role") || text.contains("assume the role")) {
            return "The audit role may be missing in this account, its trust policy may not trust the management account,"
                    + " or the external id differs.";
        }
        if (text.contains("service control policy") || text.contains("explicit deny")) {
            return "A service control policy (SCP) denies the call; exempt the audit role from it.";
        }
        if (text.contains("optinrequired") || text.contains("region is disabled") || text.contains("not enabled")
                || text.contains("unrecognizedclient") || text.contains("invalidclienttokenid")) {
            return "The region is not enabled for this account; enable it or leave it out of the run's regions.";
        }
        if (text.contains("accessdenied") || text.contains("access denied") || text.contains("not authorized")) {
            return "The audit role lacks a read permission, or a service control policy (SCP) denies it.";
        }
        if (text.contains("throttl") || text.contains("rate exceeded") || text.contains("toomanyrequests")) {
            return "AWS throttled the calls; rerun later or with less concurrency.";
        }
        if (text.contains("timed out") || text.contains("timeout") || text.contains("unable to execute http request")) {
            return "The endpoint did not answer in time; check the network and rerun.";
        }
        if (text.contains("internalfailure") || text.contains("serviceunavailable") || text.contains("internal error")) {
            return "AWS reported an internal error; rerun.";
        }
        return "";
    }
}
