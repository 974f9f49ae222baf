package io.orgaudit.pattern;

/** The seed rule's reference pattern and its clauses, shared by the tests. */
final class ReferencePatterns {

    /** Verbatim from the GSL logic of D9.AWS.MON.01. */
    static final String REFERENCE = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) "
            + "&& (($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";

    static final String UNAUTHORIZED = "$.errorCode = \"*UnauthorizedOperation\"";
    static final String ACCESS_DENIED = "$.errorCode = \"AccessDenied*\"";
    static final String NOT_DELIVERY = "$.sourceIPAddress != \"delivery.logs.amazonaws.com\"";
    static final String NOT_HEAD_BUCKET = "$.eventName != \"HeadBucket\"";

    private ReferencePatterns() {
    }
}
