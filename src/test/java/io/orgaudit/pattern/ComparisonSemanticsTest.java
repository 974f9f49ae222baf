package io.orgaudit.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How each kind of comparison evaluates against a JSON event, following CloudWatch Logs. */
class ComparisonSemanticsTest {

    private static final String EVENT = """
            {
              "eventName": "PutBucketPolicy",
              "errorCode": "AccessDenied",
              "userIdentity": { "type": "AssumedRole", "sessionContext": { "mfaAuthenticated": "false" } },
              "resources": [ { "ARN": "arn:aws:s3:::audit-logs" }, { "ARN": "arn:aws:s3:::other" } ],
              "latency": 250,
              "ratio": 0.5,
              "readOnly": false,
              "managementEvent": true,
              "responseElements": null
            }
            """;

    static Stream<Arguments> comparisons() {
        return Stream.of(
                Arguments.of("{ $.eventName = \"PutBucketPolicy\" }", true),
                Arguments.of("{ $.eventName = PutBucketPolicy }", true),
                Arguments.of("{ $.eventName = \"putbucketpolicy\" }", false),
                Arguments.of("{ $.eventName = \"Put*\" }", true),
                Arguments.of("{ $.eventName = \"*Policy\" }", true),
                Arguments.of("{ $.eventName = \"Put*Policy\" }", true),
                Arguments.of("{ $.eventName = \"*Bucket*\" }", true),
                Arguments.of("{ $.eventName = \"Get*\" }", false),
                Arguments.of("{ $.eventName = \"*\" }", true),
                Arguments.of("{ $.eventName != \"Get*\" }", true),
                Arguments.of("{ $.eventName != \"Put*\" }", false),
                Arguments.of("{ $.noSuchField != \"x\" }", false),
                Arguments.of("{ $.noSuchField = \"*\" }", false),
                Arguments.of("{ $.userIdentity.type = \"AssumedRole\" }", true),
                Arguments.of("{ $.userIdentity.sessionContext.mfaAuthenticated = \"false\" }", true),
                Arguments.of("{ $.resources[0].ARN = \"arn:aws:s3:::audit-logs\" }", true),
                Arguments.of("{ $.resources[1].ARN = \"arn:aws:s3:::audit-logs\" }", false),
                Arguments.of("{ $.resources[7].ARN != \"x\" }", false),
                Arguments.of("{ $.eventName[0] = \"P*\" }", false),
                Arguments.of("{ $.latency = 250 }", true),
                Arguments.of("{ $.latency = 2.5e2 }", true),
                Arguments.of("{ $.latency != 250 }", false),
                Arguments.of("{ $.latency > 200 }", true),
                Arguments.of("{ $.latency > 250 }", false),
                Arguments.of("{ $.latency >= 250 }", true),
                Arguments.of("{ $.latency < 250 }", false),
                Arguments.of("{ $.latency <= 250 }", true),
                Arguments.of("{ $.ratio = 0.50 }", true),
                Arguments.of("{ $.ratio < 1 }", true),
                Arguments.of("{ $.eventName > 1 }", false),
                Arguments.of("{ $.latency = \"25*\" }", true),
                Arguments.of("{ $.readOnly IS FALSE }", true),
                Arguments.of("{ $.readOnly IS TRUE }", false),
                Arguments.of("{ $.managementEvent IS TRUE }", true),
                Arguments.of("{ $.userIdentity.sessionContext.mfaAuthenticated IS FALSE }", false),
                Arguments.of("{ $.responseElements IS NULL }", true),
                Arguments.of("{ $.noSuchField IS NULL }", false),
                Arguments.of("{ $.noSuchField NOT EXISTS }", true),
                Arguments.of("{ $.responseElements NOT EXISTS }", false),
                Arguments.of("{ $.eventName = %Bucket% }", true),
                Arguments.of("{ $.eventName = %^Put.*y$% }", true),
                Arguments.of("{ $.eventName = %^Get% }", false),
                Arguments.of("{ $.eventName != %^Get% }", true),
                Arguments.of("{ $.errorCode = \"AccessDenied*\" && $.latency > 100 }", true),
                Arguments.of("{ $.errorCode = \"NoSuchKey\" || $.latency > 100 }", true),
                Arguments.of("{ $.errorCode = \"NoSuchKey\" || $.latency > 100 && $.readOnly IS TRUE }", false),
                Arguments.of("{ ($.errorCode = \"NoSuchKey\" || $.latency > 100) && $.readOnly IS FALSE }", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("comparisons")
    void evaluatesLikeCloudWatchLogs(String pattern, boolean matched) {
        assertThat(FilterPatterns.parse(pattern).matches(EVENT)).isEqualTo(matched);
    }

    @Test
    void neverMatchesSomethingThatIsNotAJsonObject() {
        FilterPattern anything = FilterPatterns.parse("{ $.eventName = \"*\" || $.x NOT EXISTS }");

        assertThat(anything.matches("ERROR GetObject AccessDenied")).isFalse();
        assertThat(anything.matches("{\"eventName\": ")).isFalse();
        assertThat(anything.matches("[{\"eventName\": \"GetObject\"}]")).isFalse();
        assertThat(anything.matches("")).isFalse();
        assertThat(anything.matches(null)).isFalse();
        assertThat(anything.matches("{\"eventName\": \"GetObject\"}")).isTrue();
    }

    @Test
    void keepsEscapedQuotesInsideAValue() {
        FilterPattern quoted = FilterPatterns.parse("{ $.message = \"say \\\"hi\\\"*\" }");

        assertThat(quoted.matches("{\"message\": \"say \\\"hi\\\" twice\"}")).isTrue();
        assertThat(quoted.canonical()).isEqualTo("{ $.message = \"say \\\"hi\\\"*\" }");
    }
}
