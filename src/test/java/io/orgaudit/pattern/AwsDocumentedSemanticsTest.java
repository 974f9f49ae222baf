package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * AWS's own examples from "Filter pattern syntax for metric filters, subscription filters, filter log events, and
 * Live Tail" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html), its earlier
 * "Filter and Pattern Syntax" version (awsdocs/amazon-cloudwatch-logs-user-guide), and the limits of PutMetricFilter,
 * each with the example event the page gives and the result the page states.
 */
class AwsDocumentedSemanticsTest {

    /** The current page's example event, on one line as the page asks. */
    private static final String EVENT = """
            {"eventType": "UpdateTrail", "sourceIPAddress": "111.111.111.111", "arrayKey": ["value", "another value"], \
            "objectList": [{"name": "a", "id": 1}, {"name": "b", "id": 2}], "SomeObject": null, "cluster.name": "c"}""";
    /** The earlier page's event: the same with "ThisFlag": true instead of "cluster.name". */
    private static final String OLD_EVENT = """
            {"eventType": "UpdateTrail", "sourceIPAddress": "111.111.111.111", "arrayKey": ["value", "another value"], \
            "objectList": [{"name": "a", "id": 1}, {"name": "b", "id": 2}], "SomeObject": null, "ThisFlag": true}""";
    /** The compound-expression event, the same on every version of the page. */
    private static final String COMPOUND_EVENT = """
            {"user": {"id": 1, "email": "John.Stiles@example.com"}, "users": [{"id": 2, "email": \
            "John.Doe@example.com"}, {"id": 3, "email": "Jane.Doe@example.com"}], "actions": ["GET", "PUT", "DELETE"], \
            "coordinates": [[0, 1, 2], [4, 5, 6], [7, 8, 9]]}""";

    static Stream<Arguments> examplesThatMatchTheirEvent() {
        return Stream.of(
                Arguments.of("{ $.eventType = \"UpdateTrail\" }", EVENT),
                Arguments.of("{ $.sourceIPAddress != 123.123.* }", EVENT),
                Arguments.of("{ $.arrayKey[0] = \"value\" }", EVENT),
                Arguments.of("{ $.eventType = %Trail% }", EVENT),
                Arguments.of("{ $.arrayKey[*] = %val.{2}% }", EVENT),
                Arguments.of("{ $.* = %111\\.111\\.111\\.1[0-9]{1,2}% }", EVENT),
                Arguments.of("{ $.['cluster.name'] = \"c\" }", EVENT),
                Arguments.of("{ $.SomeObject IS NULL }", EVENT),
                Arguments.of("{ $.SomeOtherObject NOT EXISTS }", EVENT),
                Arguments.of("{ $.objectList[1].id = 2 }", OLD_EVENT),
                Arguments.of("{ $.ThisFlag IS TRUE }", OLD_EVENT),
                Arguments.of("{ ($.user.id = 1) && ($.users[0].email = \"John.Doe@example.com\") }", COMPOUND_EVENT),
                Arguments.of("{ $.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = \"nonmatch\" "
                        + "&& $.actions[2] = \"nonmatch\" }", COMPOUND_EVENT),
                Arguments.of("{ $.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = nonmatch "
                        + "&& $.actions[2] = nomatch }", COMPOUND_EVENT),
                Arguments.of("{$.foo = bar || $.foo = baz }", "{\"foo\": \"bar\"}"),
                Arguments.of("{$.foo = bar || $.foo = baz }", "{\"foo\": \"baz\"}"));
    }

    @ParameterizedTest
    @MethodSource
    void examplesThatMatchTheirEvent(String pattern, String event) {
        assertThat(FilterPatterns.parse(pattern).matches(event)).isTrue();
    }

    static Stream<Arguments> examplesThatDoNotMatchTheirEvent() {
        return Stream.of(
                Arguments.of("{ ($.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = \"nonmatch\") "
                        + "&& $.actions[2] = \"nonmatch\" }", COMPOUND_EVENT),
                Arguments.of("{ ($.user.id = 2 && $.users[0].email = \"nonmatch\") || $.actions[2] = \"GET\" }",
                        COMPOUND_EVENT),
                // "both {$.users = 1} and {$.users != 1} will fail to match a log event where users is an array"
                Arguments.of("{$.users = 1}", "{\"users\": [1, 2, 3]}"),
                Arguments.of("{$.users != 1}", "{\"users\": [1, 2, 3]}"),
                Arguments.of("{ $.user != \"x\" }", COMPOUND_EVENT),
                Arguments.of("{$.foo = bar}", "{\"foo\": \"baz\"}"));
    }

    @ParameterizedTest
    @MethodSource
    void examplesThatDoNotMatchTheirEvent(String pattern, String event) {
        assertThat(FilterPatterns.parse(pattern).matches(event)).isFalse();
    }

    @Test
    void numbersMayCarryASignAndScientificNotation() {
        FilterPattern latency = FilterPatterns.parse("{ $.latency > +1000 }");
        assertThat(latency.matches("{\"latency\": 1001}")).isTrue();
        assertThat(latency.matches("{\"latency\": 1000}")).isFalse();
        assertThat(FilterPatterns.parse("{ $.number[0] = 1e+3 }").matches("{\"number\": [1000]}")).isTrue();
        assertThat(FilterPatterns.parse("{ $.number[0] != 1e-3 }").matches("{\"number\": [1]}")).isTrue();
        assertThat(FilterPatterns.parse("{ $.number[0] != 1e-3 }").matches("{\"number\": [0.001]}")).isFalse();
        assertThat(FilterPatterns.parse("{ $.n < -2.5 }").matches("{\"n\": -3}")).isTrue();
        // = +250 is the number 250, not the text "+250"
        FilterPattern signed = FilterPatterns.parse("{ $.status = +250 }");
        assertThat(signed.matches("{\"status\": 250}")).isTrue();
        assertThat(signed.matches("{\"status\": \"+250\"}")).isFalse();
        assertThat(FilterPatterns.compare("{ $.status = 250 }", "{ $.status = +250 }").equivalent()).isTrue();
    }

    @Test
    void aRegularExpressionMayOmitTheLowerBoundOfARepetition() {
        FilterPattern pattern = FilterPatterns.parse("{ $.code = %^ab{,2}c$% }");
        assertThat(pattern.matches("{\"code\": \"ac\"}")).isTrue();
        assertThat(pattern.matches("{\"code\": \"abbc\"}")).isTrue();
        assertThat(pattern.matches("{\"code\": \"abbbc\"}")).isFalse();
    }

    static Stream<Arguments> patternsCloudWatchLogsRejects() {
        return Stream.of(
                Arguments.of("{ $.a = %x% || $.b = %y% || $.c = %z% }",
                        "a pattern with more than 2 regular expressions"),
                Arguments.of("{ $.errorCode = %(Access|Auth)Denied% }",
                        "the character '(' in a regular expression"),
                Arguments.of("{ $.a = %something!% }", "the character '!' in a regular expression"),
                Arguments.of("{ $.a = %caf\u00e9% }",
                        "the character <U+00E9 LATIN SMALL LETTER E WITH ACUTE> in a regular expression"),
                Arguments.of("{ $.a[*].b[*] = 1 }", "a property selector with more than one wildcard ($.a[*].b[*])"),
                Arguments.of("{ $.a[*] = 1 || $.b[*] = 1 || $.c[*] = 1 || $.* = 1 }",
                        "a pattern with more than 3 wildcard selectors"));
    }

    @ParameterizedTest
    @MethodSource
    void patternsCloudWatchLogsRejects(String pattern, String what) {
        assertThat(FilterPatterns.compare(REFERENCE, pattern).difference())
                .isEqualTo("it cannot exist in an account: CloudWatch Logs rejects " + what);
    }

    @Test
    void twoRegularExpressionsAndThreeWildcardSelectorsAreAllowed() {
        assertThat(FilterPatterns.parse("{ $.a = %x% || $.b[*] = %y% || $.c[*] = 1 || $.* = 2 }")
                .matches("{\"q\": 2}")).isTrue();
    }

    @Test
    void wildcardAndBracketSelectorsAreWrittenBackInAFormThatParsesToTheSame() {
        for (String pattern : new String[] {"{ $.['cluster.name'] = \"c\" }", "{ $.arrayKey[*] = \"value\" }",
                "{ $.* = 1 }"}) {
            String canonical = FilterPatterns.parse(pattern).canonical();
            assertThat(FilterPatterns.parse(canonical).canonical()).isEqualTo(canonical);
            assertThat(FilterPatterns.compare(pattern, canonical).equivalent()).isTrue();
        }
    }
}
