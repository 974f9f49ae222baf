package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalFormTest {

    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of(REFERENCE, "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\")"
                        + " && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" && $.eventName != \"HeadBucket\" }"),
                Arguments.of("{$.eventName=HeadBucket}", "{ $.eventName = \"HeadBucket\" }"),
                Arguments.of("{ $.a = 1 || $.b = 2 && $.c = 3 }", "{ $.a = 1 || ($.b = 2 && $.c = 3) }"),
                Arguments.of("{ (($.a = 1 || ($.b = 2 || $.a = 1))) }", "{ $.a = 1 || $.b = 2 }"),
                Arguments.of("{ $.n = 1.50e2 && $.m < -0.0 && $.z = 1e100 }", "{ $.n = 150 && $.m < 0 && $.z = 1E+100 }"),
                Arguments.of("{ $.x  IS   NULL || $.y NOT  EXISTS || $.z IS TRUE }",
                        "{ $.x IS NULL || $.y NOT EXISTS || $.z IS TRUE }"),
                Arguments.of("{ $.r = %a.*b% && $.s = \"a\\\"b\" && $.t = \"x**\" }",
                        "{ $.r = %a.*b% && $.s = \"a\\\"b\" && $.t = \"x*\" }"),
                Arguments.of("{ $.resources[0].ARN = \"arn:aws:s3:::b\" }", "{ $.resources[0].ARN = \"arn:aws:s3:::b\" }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void rendersANormalisedPattern(String pattern, String canonical) {
        assertThat(FilterPatterns.parse(pattern).canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void theCanonicalFormParsesToAnEquivalentPattern(String pattern, String canonical) {
        assertThat(FilterPatterns.compare(pattern, canonical).equivalent()).isTrue();
        assertThat(FilterPatterns.parse(canonical).canonical()).isEqualTo(canonical);
    }
}
