package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the reference pattern really catches in CloudTrail records. */
class CloudTrailEventMatchingTest {

    private static final FilterPattern REFERENCE_PATTERN = FilterPatterns.parse(REFERENCE);

    /** A CloudTrail record for an S3 or EC2 call; errorCode null means the call succeeded. */
    private static String event(String eventName, String sourceIpAddress, String errorCode) {
        return """
                {
                  "eventVersion": "1.09",
                  "userIdentity": {
                    "type": "IAMUser",
                    "principalId": "AIDAEXAMPLE",
                    "arn": "arn:aws:iam::111122223333:user/alice",
                    "accountId": "111122223333",
                    "userName": "alice"
                  },
                  "eventTime": "2026-11-28T03:12:45Z",
                  "eventSource": "s3.amazonaws.com",
                  "eventName": "%s",
                  "awsRegion": "eu-west-1",
                  "sourceIPAddress": "%s",
                  "userAgent": "aws-cli/2.15.0",
                  %s
                  "requestParameters": { "bucketName": "audit-logs", "Host": "audit-logs.s3.eu-west-1.amazonaws.com" },
                  "responseElements": null,
                  "resources": [ { "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::audit-logs" } ],
                  "readOnly": true,
                  "eventType": "AwsApiCall",
                  "recipientAccountId": "111122223333"
                }
                """.formatted(eventName, sourceIpAddress, errorCode == null ? ""
                : "\"errorCode\": \"" + errorCode + "\", \"errorMessage\": \"Access Denied\",");
    }

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("AccessDenied from a user", event("GetObject", "203.0.113.10", "AccessDenied"), true),
                Arguments.of("AccessDeniedException from a user",
                        event("GetObject", "203.0.113.10", "AccessDeniedException"), true),
                Arguments.of("EC2 Client.UnauthorizedOperation",
                        event("RunInstances", "203.0.113.10", "Client.UnauthorizedOperation"), true),
                Arguments.of("AccessDenied from delivery.logs.amazonaws.com",
                        event("GetObject", "delivery.logs.amazonaws.com", "AccessDenied"), false),
                Arguments.of("AccessDenied on HeadBucket", event("HeadBucket", "203.0.113.10", "AccessDenied"), false),
                Arguments.of("a successful call", event("GetObject", "203.0.113.10", null), false),
                Arguments.of("another error", event("GetObject", "203.0.113.10", "NoSuchKey"), false),
                Arguments.of("a lower-case error code", event("GetObject", "203.0.113.10", "accessdenied"), false),
                Arguments.of("AccessDenied without a source IP address (!= on a missing property is false)",
                        "{\"eventName\": \"GetObject\", \"errorCode\": \"AccessDenied\"}", false));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("events")
    void referencePatternCatchesOnlyUnauthorizedCallsThatAreNotExcluded(String what, String event, boolean matched) {
        assertThat(REFERENCE_PATTERN.matches(event)).isEqualTo(matched);
    }

    @Test
    void theCis2PatternStillCountsUnauthorizedOperationsFromTheExcludedSourceAndHeadBucket() {
        FilterPattern cis2 = FilterPatterns.parse("{ ($.errorCode = \"*UnauthorizedOperation\") || "
                + "($.errorCode = \"AccessDenied*\") && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && "
                + "($.eventName != \"HeadBucket\") }");
        String excluded = event("HeadBucket", "delivery.logs.amazonaws.com", "Client.UnauthorizedOperation");

        assertThat(cis2.matches(excluded)).isTrue();
        assertThat(REFERENCE_PATTERN.matches(excluded)).isFalse();
    }
}
