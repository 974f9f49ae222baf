package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EquivalentFormsTest {

    static Stream<Arguments> formsOfTheReferencePattern() {
        return Stream.of(
                Arguments.of("the reference itself", REFERENCE),
                Arguments.of("re-spaced", "{ ( ( $.errorCode = \"*UnauthorizedOperation\" ) || ( $.errorCode = "
                        + "\"AccessDenied*\" ) ) && ( ( $.sourceIPAddress != \"delivery.logs.amazonaws.com\" ) && "
                        + "( $.eventName != \"HeadBucket\" ) ) }"),
                Arguments.of("spread over lines with tabs", "{\n\t(($.errorCode = \"*UnauthorizedOperation\")\n\t  || "
                        + "($.errorCode = \"AccessDenied*\"))\n\t&& (($.sourceIPAddress != "
                        + "\"delivery.logs.amazonaws.com\")\n\t&& ($.eventName != \"HeadBucket\"))\n}\n"),
                Arguments.of("re-quoted: no quotes", "{(($.errorCode=*UnauthorizedOperation) || "
                        + "($.errorCode=AccessDenied*)) && (($.sourceIPAddress!=delivery.logs.amazonaws.com) && "
                        + "($.eventName!=HeadBucket))}"),
                Arguments.of("re-quoted: some quotes", "{(($.errorCode=\"*UnauthorizedOperation\") || "
                        + "($.errorCode=AccessDenied*)) && (($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && "
                        + "($.eventName!=HeadBucket))}"),
                Arguments.of("re-ordered", "{ ($.eventName != \"HeadBucket\") && ($.sourceIPAddress != "
                        + "\"delivery.logs.amazonaws.com\") && ($.errorCode = \"AccessDenied*\" || "
                        + "$.errorCode = \"*UnauthorizedOperation\") }"),
                Arguments.of("only the needed parentheses", "{ ($.errorCode = \"*UnauthorizedOperation\" || "
                        + "$.errorCode = \"AccessDenied*\") && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" "
                        + "&& $.eventName != \"HeadBucket\" }"),
                Arguments.of("redundant parentheses", "{ (((($.errorCode = \"*UnauthorizedOperation\")) || "
                        + "(($.errorCode = \"AccessDenied*\")))) && ((($.sourceIPAddress != "
                        + "\"delivery.logs.amazonaws.com\")) && ((($.eventName != \"HeadBucket\")))) }"),
                Arguments.of("regrouped conjunction", "{ ((($.errorCode = \"*UnauthorizedOperation\") || "
                        + "($.errorCode = \"AccessDenied*\")) && ($.sourceIPAddress != "
                        + "\"delivery.logs.amazonaws.com\")) && ($.eventName != \"HeadBucket\") }"),
                Arguments.of("duplicated clauses", "{ ($.errorCode = \"*UnauthorizedOperation\" || "
                        + "$.errorCode = \"AccessDenied*\" || $.errorCode = \"AccessDenied*\") && "
                        + "$.sourceIPAddress != \"delivery.logs.amazonaws.com\" && $.eventName != \"HeadBucket\" && "
                        + "$.eventName != \"HeadBucket\" }"),
                Arguments.of("distributed", "{ ($.errorCode = \"*UnauthorizedOperation\" && $.sourceIPAddress != "
                        + "\"delivery.logs.amazonaws.com\" && $.eventName != \"HeadBucket\") || ($.errorCode = "
                        + "\"AccessDenied*\" && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                        + "$.eventName != \"HeadBucket\") }"),
                Arguments.of("distributed, relying on && binding tighter", "{ $.errorCode = \"*UnauthorizedOperation\""
                        + " && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" && $.eventName != \"HeadBucket\" "
                        + "|| $.errorCode = \"AccessDenied*\" && $.sourceIPAddress != \"delivery.logs.amazonaws.com\""
                        + " && $.eventName != \"HeadBucket\" }"),
                Arguments.of("partly distributed", "{ (($.errorCode = \"*UnauthorizedOperation\" && "
                        + "$.eventName != \"HeadBucket\") || ($.errorCode = \"AccessDenied*\" && "
                        + "$.eventName != \"HeadBucket\")) && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" }"),
                Arguments.of("an absorbed alternative", "{ ($.errorCode = \"*UnauthorizedOperation\" || "
                        + "$.errorCode = \"AccessDenied*\" || ($.errorCode = \"AccessDenied*\" && "
                        + "$.eventName != \"HeadBucket\")) && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" && "
                        + "$.eventName != \"HeadBucket\" }"),
                Arguments.of("a doubled wildcard", "{ ($.errorCode = \"**UnauthorizedOperation\" || "
                        + "$.errorCode = \"AccessDenied**\") && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" "
                        + "&& $.eventName != \"HeadBucket\" }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsOfTheReferencePattern")
    void acceptsAnEquivalentFormOfTheReferencePattern(String form, String candidate) {
        PatternComparison comparison = FilterPatterns.compare(REFERENCE, candidate);

        assertThat(comparison.equivalent()).as(comparison.difference()).isTrue();
        assertThat(comparison.difference()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsOfTheReferencePattern")
    void equivalenceIsSymmetric(String form, String candidate) {
        assertThat(FilterPatterns.compare(candidate, REFERENCE).equivalent()).isTrue();
    }

    static Stream<Arguments> equalValuesSpelledDifferently() {
        return Stream.of(
                Arguments.of("{ $.count = 1 }", "{ $.count = 1.0 }"),
                Arguments.of("{ $.count = 1 }", "{ $.count = 1e0 }"),
                Arguments.of("{ $.count = 1 }", "{ $.count = 10E-1 }"),
                Arguments.of("{ $.latency > 1000 }", "{ $.latency > 1e3 }"),
                Arguments.of("{ $.latency <= 0 }", "{ $.latency <= -0.00 }"),
                Arguments.of("{ $.bucket IS NULL }", "{$.bucket    IS   NULL}"),
                Arguments.of("{ $.key NOT EXISTS || $.flag IS TRUE }", "{ ($.flag IS TRUE) || ($.key NOT EXISTS) }"),
                Arguments.of("{ $.message = %Access.*Denied% }", "{ ($.message=%Access.*Denied%) }"),
                Arguments.of("{ $.resources[0].ARN = \"arn:aws:s3:::b\" }", "{ $.resources[0].ARN=\"arn:aws:s3:::b\" }"),
                Arguments.of("{ $.say = \"a \\\"quoted\\\" word\" }", "{ $.say = \"a \\\"quoted\\\" word\" }"));
    }

    @ParameterizedTest(name = "{0} equals {1}")
    @MethodSource("equalValuesSpelledDifferently")
    void treatsDifferentSpellingsOfTheSameValueAsEqual(String required, String candidate) {
        assertThat(FilterPatterns.compare(required, candidate)).isEqualTo(new PatternComparison(true, null));
    }
}
