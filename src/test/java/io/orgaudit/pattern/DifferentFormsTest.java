package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.ACCESS_DENIED;
import static io.orgaudit.pattern.ReferencePatterns.NOT_DELIVERY;
import static io.orgaudit.pattern.ReferencePatterns.NOT_HEAD_BUCKET;
import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static io.orgaudit.pattern.ReferencePatterns.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DifferentFormsTest {

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                Arguments.of("CIS 1.2: no exclusions",
                        "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }",
                        "it lacks the conditions " + NOT_DELIVERY + " and " + NOT_HEAD_BUCKET
                                + ", so it also matches events in which those clauses do not hold (more alarms)"),
                Arguments.of("CIS 1.3-1.5: all four clauses joined by ||",
                        "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") || "
                                + "($.sourceIPAddress != \"delivery.logs.amazonaws.com\") || "
                                + "($.eventName != \"HeadBucket\") }",
                        "it joins clauses with || where the required pattern uses &&, so " + UNAUTHORIZED
                                + " alone is enough to match, without " + NOT_DELIVERY + " and " + NOT_HEAD_BUCKET),
                Arguments.of("CIS 2.0+: A || B && C && D",
                        "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && "
                                + "($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && "
                                + "($.eventName != \"HeadBucket\") }",
                        "precedence differs: && binds tighter than ||, so " + UNAUTHORIZED
                                + " alone is enough to match, without " + NOT_DELIVERY + " and " + NOT_HEAD_BUCKET),
                Arguments.of("precedence: no parentheses at all",
                        "{ $.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\" && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" }",
                        "precedence differs: && binds tighter than ||, so " + UNAUTHORIZED
                                + " alone is enough to match, without " + NOT_DELIVERY + " and " + NOT_HEAD_BUCKET),
                Arguments.of("precedence: (A || B && C) && D",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\" && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\") && "
                                + "$.eventName != \"HeadBucket\" }",
                        "precedence differs: && binds tighter than ||, so " + UNAUTHORIZED + " and "
                                + NOT_HEAD_BUCKET + " are enough to match, without " + NOT_DELIVERY),
                Arguments.of("changed value",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" }",
                        "the value differs: it has $.errorCode = \"AccessDenied\" where the required pattern has "
                                + ACCESS_DENIED),
                Arguments.of("changed case of a value",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"accessdenied*\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" }",
                        "the value differs: it has $.errorCode = \"accessdenied*\" where the required pattern has "
                                + ACCESS_DENIED + " (only the letter case differs, and values are case-sensitive)"),
                Arguments.of("changed case of a selector",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.EventName != \"HeadBucket\" }",
                        "the selector differs: it has $.EventName != \"HeadBucket\" where the required pattern has "
                                + NOT_HEAD_BUCKET + " (only the letter case differs, and selectors are "
                                + "case-sensitive)"),
                Arguments.of("changed selector",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && "
                                + "$.userIdentity.invokedBy != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" }",
                        "the selector differs: it has $.userIdentity.invokedBy != \"delivery.logs.amazonaws.com\" "
                                + "where the required pattern has " + NOT_DELIVERY),
                Arguments.of("changed operator",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName = \"HeadBucket\" }",
                        "the operator differs: it has $.eventName = \"HeadBucket\" where the required pattern has "
                                + NOT_HEAD_BUCKET),
                Arguments.of("&& where || belongs",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" && $.errorCode = \"AccessDenied*\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" }",
                        "it joins " + UNAUTHORIZED + " and " + ACCESS_DENIED
                                + " with && where the required pattern uses ||"),
                Arguments.of("|| where && belongs",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && "
                                + "($.sourceIPAddress != \"delivery.logs.amazonaws.com\" || "
                                + "$.eventName != \"HeadBucket\") }",
                        "it joins clauses with || where the required pattern uses &&, so " + UNAUTHORIZED + " and "
                                + NOT_DELIVERY + " are enough to match, without " + NOT_HEAD_BUCKET),
                Arguments.of("one exclusion missing",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" }",
                        "it lacks the condition " + NOT_HEAD_BUCKET + ", so it also matches events in which that "
                                + "clause does not hold (more alarms)"),
                Arguments.of("an extra condition",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" && $.userIdentity.type = \"IAMUser\" }",
                        "it has the extra condition $.userIdentity.type = \"IAMUser\", so it misses events in which "
                                + "that clause does not hold (events missed)"),
                Arguments.of("an extra alternative",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\" || "
                                + "$.errorCode = \"*Forbidden*\") && $.sourceIPAddress != "
                                + "\"delivery.logs.amazonaws.com\" && $.eventName != \"HeadBucket\" }",
                        "it has the extra alternative $.errorCode = \"*Forbidden*\", so it also matches events "
                                + "through that clause alone (more alarms)"),
                Arguments.of("a regular expression instead of a wildcard",
                        "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = %AccessDenied.*%) && "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                                + "$.eventName != \"HeadBucket\" }",
                        "the value differs: it has $.errorCode = %AccessDenied.*% where the required pattern has "
                                + ACCESS_DENIED),
                Arguments.of("a missing exclusion and || where && belongs",
                        "{ $.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\" || "
                                + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" }",
                        "it lacks the clause " + NOT_HEAD_BUCKET + "; it joins clauses with || where the required "
                                + "pattern uses &&, so " + UNAUTHORIZED + " alone is enough to match, without "
                                + NOT_DELIVERY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void explainsHowANearMissDiffersFromTheReferencePattern(String variant, String candidate, String difference) {
        PatternComparison comparison = FilterPatterns.compare(REFERENCE, candidate);

        assertThat(comparison.equivalent()).isFalse();
        assertThat(comparison.difference()).isEqualTo(difference);
    }

    static Stream<Arguments> differentValues() {
        return Stream.of(
                Arguments.of("{ $.count = 1 }", "{ $.count = \"1\" }"),
                Arguments.of("{ $.count = 1 }", "{ $.count = 2 }"),
                Arguments.of("{ $.count > 1 }", "{ $.count >= 1 }"),
                Arguments.of("{ $.flag IS TRUE }", "{ $.flag IS FALSE }"),
                Arguments.of("{ $.flag IS NULL }", "{ $.flag NOT EXISTS }"),
                Arguments.of("{ $.a.b = \"x\" }", "{ $.a[0].b = \"x\" }"),
                Arguments.of("{ $.a = \"x*\" }", "{ $.a = \"x\" }"));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @MethodSource("differentValues")
    void tellsDifferentComparisonsApart(String required, String candidate) {
        assertThat(FilterPatterns.compare(required, candidate).equivalent()).isFalse();
        assertThat(FilterPatterns.compare(candidate, required).equivalent()).isFalse();
    }
}
