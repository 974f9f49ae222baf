package io.orgaudit.simulator.scenario;

import java.util.regex.Pattern;

/** Field validation shared by the scenario builders; each failure names the field it is about. */
final class Check {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");
    private static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    /** S3 general purpose bucket names: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending alphanumeric. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern OU_NAME = Pattern.compile("[^/]{1,128}");

    private Check() {
    }

    static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ScenarioException(field, "must not be empty");
        }
        return value;
    }

    static String accountId(String field, String value) {
        if (value == null || !ACCOUNT_ID.matcher(value).matches()) {
            throw new ScenarioException(field, "'" + value + "' is not a 12-digit AWS account id");
        }
        return value;
    }

    static String region(String field, String value) {
        if (value == null || !REGION.matcher(value).matches()) {
            throw new ScenarioException(field, "'" + value + "' is not an AWS region name (like us-east-1)");
        }
        return value;
    }

    static String bucketName(String field, String value) {
        if (value == null || !BUCKET.matcher(value).matches() || value.contains("..")) {
            throw new ScenarioException(field, "'" + value + "' is not an S3 bucket name (3 to 63 lowercase letters,"
                    + " digits, dots and hyphens)");
        }
        return value;
    }

    static String organizationId(String field, String value) {
        if (value == null || !ORGANIZATION_ID.matcher(value).matches()) {
            throw new ScenarioException(field, "'" + value + "' is not an organization id (o- and 10 to 32 lowercase letters or digits)");
        }
        return value;
    }

    /** "" (the root) or OU names joined by "/", without leading or trailing slashes. */
    static String ouPath(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        for (String part : value.split("/", -1)) {
            if (!OU_NAME.matcher(part).matches() || !part.strip().equals(part)) {
                throw new ScenarioException(field, "'" + value + "' is not an OU path (OU names joined by '/', e.g. Workloads/Prod)");
            }
        }
        return value;
    }

    static String status(String field, String value) {
        if (!SimAccount.ACTIVE.equals(value) && !SimAccount.SUSPENDED.equals(value)) {
            throw new ScenarioException(field, "'" + value + "' is not an account status (ACTIVE or SUSPENDED)");
        }
        return value;
    }

    static int positive(String field, int value) {
        if (value <= 0) {
            throw new ScenarioException(field, "must be positive, was " + value);
        }
        return value;
    }
}
