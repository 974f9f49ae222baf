package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedPatternsTest {

    static Stream<Arguments> malformedPatterns() {
        return Stream.of(
                Arguments.of("{ $.errorCode = \"AccessDenied*\" ) }", 33, "unexpected ')' with no '(' to close"),
                Arguments.of("{ ($.errorCode = \"x\" }", 22, "missing ')' for the '(' at position 3, found '}'"),
                Arguments.of("{ $.errorCode = \"x\" ", 21, "missing '}' at the end of the pattern"),
                Arguments.of("{ $.errorCode = \"x }", 17, "unterminated string (no closing \") starting"),
                Arguments.of("{ $.errorCode \"x\" }", 15, "expected an operator (=, !=, <, >, <=, >=, IS NULL, "
                        + "IS TRUE, IS FALSE or NOT EXISTS) after $.errorCode, found \"x\""),
                Arguments.of("{ $.errorCode = }", 17, "expected a value after '=', found '}'"),
                Arguments.of("{ $.errorCode = \"x\" & $.b = 1 }", 21, "a single '&' (write && for AND)"),
                Arguments.of("{ $.a = 1 | $.b = 2 }", 11, "a single '|' (write || for OR)"),
                Arguments.of("{ $.a ! \"x\" }", 7, "'!' must be followed by '=' (!= is the only negation)"),
                Arguments.of("{ errorCode = \"x\" }", 3,
                        "expected a selector such as $.eventName or '(', found 'errorCode'"),
                Arguments.of("{ $.a IS MISSING }", 10, "expected NULL, TRUE or FALSE after IS, found 'MISSING'"),
                Arguments.of("{ $.a NOT THERE }", 11, "expected EXISTS after NOT, found 'THERE'"),
                Arguments.of("{ $.a is null }", 7, "'is' must be written in upper case: IS"),
                Arguments.of("{ $.a > \"x\" }", 9, "expected a number after '>', found \"x\""),
                Arguments.of("{ $.a >= abc }", 10, "expected a number after '>=', found 'abc'"),
                Arguments.of("{ $.a < %x% }", 9, "a regular expression can only follow = or !=, not '<'"),
                Arguments.of("{ $.a = %[% }", 9, "invalid regular expression %[% (Unclosed character class)"),
                Arguments.of("{ $.a = %abc }", 9, "unterminated regular expression (no closing %) starting"),
                Arguments.of("{ }", 3, "empty pattern: nothing between '{' and '}'"),
                Arguments.of("{ () }", 3, "empty parentheses"),
                Arguments.of("{ $.a = 1 } trailing", 13, "unexpected 'trailing' after the closing '}'"),
                Arguments.of("{ $.a..b = 1 }", 6, "selector $.a..b has an empty property name"),
                Arguments.of("{ $.a[x] = 1 }", 6, "selector $.a[x] has an array index that is not a number"),
                Arguments.of("{ $.a[-1] = 1 }", 6, "selector $.a[-1] has an array index that is not a number"),
                Arguments.of("{ $.a] = 1 }", 6, "selector $.a] has ']' where '.' or '[' was expected"),
                Arguments.of("{ $.[''] = 1 }", 5, "selector $.[''] has an empty property name"),
                Arguments.of("{ $ = 1 }", 3, "selector '$' names no property"),
                Arguments.of("{ $.a = 1 $.b = 2 }", 11, "expected &&, || or '}', found '$.b'"),
                Arguments.of("{ && $.a = 1 }", 3, "expected a selector such as $.eventName or '(', found '&&'"),
                Arguments.of("{ $.a = 1 && }", 14, "expected a selector such as $.eventName or '(', found '}'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPatterns")
    void parsingSaysWhatIsWrongAndWhere(String pattern, int position, String reason) {
        assertThatThrownBy(() -> FilterPatterns.parse(pattern))
                .isInstanceOfSatisfying(PatternSyntaxError.class, error -> {
                    assertThat(error.reason()).isEqualTo(reason);
                    assertThat(error.position()).isEqualTo(position);
                    assertThat(error.getMessage()).isEqualTo(reason + " at position " + position);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPatterns")
    void comparingAMalformedPatternGivesTheReasonInsteadOfThrowing(String pattern, int position, String reason) {
        PatternComparison comparison = FilterPatterns.compare(REFERENCE, pattern);

        assertThat(comparison.equivalent()).isFalse();
        assertThat(comparison.difference()).contains(reason + " at position " + position);
    }

    static Stream<Arguments> otherKindsOfPatterns() {
        return Stream.of(
                Arguments.of("ERROR", "it is not a JSON filter pattern but a term pattern (plain text): ERROR"),
                Arguments.of("\"Access Denied\"", "it is not a JSON filter pattern but a term pattern (plain text): \"Access Denied\""),
                Arguments.of("[ip, user, username, timestamp, request, status_code = 4*, size]",
                        "it is not a JSON filter pattern but a space-delimited pattern: "
                                + "[ip, user, username, timestamp, request, status_code = 4*..."),
                Arguments.of("%AccessDenied%", "it is not a JSON filter pattern but a regular-expression pattern: "
                        + "%AccessDenied%"),
                Arguments.of("", "it is empty, and an empty pattern matches every log event"),
                Arguments.of(" \n ", "it is empty, and an empty pattern matches every log event"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherKindsOfPatterns")
    void namesAPatternThatIsNotAJsonPattern(String candidate, String difference) {
        assertThat(FilterPatterns.compare(REFERENCE, candidate)).isEqualTo(new PatternComparison(false, difference));
    }

    @Test
    void reportsAMissingCandidate() {
        assertThat(FilterPatterns.compare(REFERENCE, null).difference()).isEqualTo("there is no pattern");
    }

    @Test
    void reportsABrokenRequiredPatternInsteadOfThrowing() {
        assertThat(FilterPatterns.compare("{ $.a = 1 && }", REFERENCE).difference())
                .isEqualTo("the required pattern does not parse: expected a selector such as $.eventName or '(', "
                        + "found '}' at position 14");
        assertThat(FilterPatterns.compare(null, REFERENCE).difference())
                .isEqualTo("there is no required pattern to compare with");
    }

    @Test
    void parsingATermPatternIsASyntaxErrorAtTheStart() {
        assertThatThrownBy(() -> FilterPatterns.parse("ERROR")).isInstanceOf(PatternSyntaxError.class)
                .hasMessage("expected '{' to start a JSON filter pattern, found 'ERROR' at position 1");
    }

    @Test
    void parsingNothingIsASyntaxError() {
        assertThatThrownBy(() -> FilterPatterns.parse(null)).isInstanceOf(PatternSyntaxError.class)
                .hasMessage("there is no pattern at position 1");
    }
}
