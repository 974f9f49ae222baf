package io.orgaudit.access;

import java.util.Set;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import io.orgaudit.failure.Failure;

/** Turns SDK exceptions into {@link Failure}s; the only place that knows AWS error codes. */
public final class AwsFailures {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "AuthorizationError", "UnauthorizedOperation", "UnauthorizedException", "AuthorizationErrorException");
    private static final Set<String> NOT_FOUND = Set.of("ResourceNotFoundException", "NotFound", "NotFoundException",
            "TrailNotFoundException", "ResourceNotFound");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException", "TooManyRequestsException",
            "RequestLimitExceeded", "Throttled", "RequestThrottled");
    private static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException",
            "SignatureDoesNotMatch", "InvalidSignatureException");
    /**
     * What a regional endpoint answers to valid credentials in a region the account has not enabled: AWS does not
     * know the token there. Only meaningful for regional calls made with credentials that work elsewhere.
     */
    private static final Set<String> REGION_DISABLED = Set.of("InvalidClientTokenId", "UnrecognizedClientException",
            "OptInRequired");

    private AwsFailures() {
    }

    public static Failure classify(String operation, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "HTTP " + service.statusCode()
                    : service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails() == null ? service.getMessage()
                    : service.awsErrorDetails().errorMessage();
            return new Failure(kindOf(operation, code, service.statusCode()), operation, code, message);
        }
        if (cause instanceof ApiCallTimeoutException || cause instanceof ApiCallAttemptTimeoutException) {
            return new Failure(Failure.Kind.TIMEOUT, operation, "Timeout", cause.getMessage());
        }
        if (cause instanceof SdkClientException) {
            return new Failure(Failure.Kind.UNAVAILABLE, operation, "ClientError", cause.getMessage());
        }
        return new Failure(Failure.Kind.UNKNOWN, operation, cause.getClass().getSimpleName(), cause.getMessage());
    }

    private static Failure.Kind kindOf(String operation, String code, int status) {
        if (operation.startsWith("sts:") && (ACCESS_DENIED.contains(code) || BAD_CREDENTIALS.contains(code)
                || REGION_DISABLED.contains(code) || status == 403)) {
            return Failure.Kind.ROLE_NOT_ASSUMABLE;
        }
        if (REGION_DISABLED.contains(code)) {
            return Failure.Kind.REGION_DISABLED;
        }
        if (ACCESS_DENIED.contains(code) || BAD_CREDENTIALS.contains(code)) {
            return Failure.Kind.ACCESS_DENIED;
        }
        if (NOT_FOUND.contains(code)) {
            return Failure.Kind.NOT_FOUND;
        }
        if (THROTTLED.contains(code)) {
            return Failure.Kind.THROTTLED;
        }
        return status >= 500 ? Failure.Kind.UNAVAILABLE : Failure.Kind.UNKNOWN;
    }

    /** The credentials provider wraps STS errors in SdkClientException; the STS error is what explains the failure. */
    private static Throwable unwrap(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof AwsServiceException || current instanceof ApiCallTimeoutException
                    || current instanceof ApiCallAttemptTimeoutException) {
                return current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return error;
    }
}
