package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** The AWS error code the SDK parsed from a failed call. */
final class AwsErrors {

    private AwsErrors() {
    }

    static String codeOf(ThrowingCallable call) {
        AwsServiceException e = catchThrowableOfType(AwsServiceException.class, call);
        if (e == null) {
            throw new AssertionError("expected the call to fail with an AWS service error");
        }
        return e.awsErrorDetails().errorCode();
    }

    static AwsServiceException errorOf(ThrowingCallable call) {
        AwsServiceException e = catchThrowableOfType(AwsServiceException.class, call);
        if (e == null) {
            throw new AssertionError("expected the call to fail with an AWS service error");
        }
        return e;
    }
}
