package io.orgaudit.simulator.protocol;

/**
 * How one service spells the errors every service can return. The codes matter: the SDK retries
 * throttling only for the codes it knows (Throttling, ThrottlingException, TooManyRequestsException).
 */
public record ErrorDialect(boolean query, String throttlingCode, int throttlingStatus, String accessDeniedCode,
                    int accessDeniedStatus, String validationCode, String missingParameterCode, int authStatus) {

    static final String INVALID_TOKEN_MESSAGE = "The security token included in the request is invalid.";

    public static ErrorDialect query(String accessDeniedCode, String validationCode, String missingParameterCode) {
        return new ErrorDialect(true, "Throttling", 400, accessDeniedCode, 403, validationCode, missingParameterCode, 403);
    }

    public static ErrorDialect json(String throttlingCode, String validationCode) {
        return new ErrorDialect(false, throttlingCode, 400, "AccessDeniedException", 400, validationCode, validationCode, 400);
    }

    public static ErrorDialect restJson() {
        return new ErrorDialect(false, "TooManyRequestsException", 429, "AccessDeniedException", 403,
                "ValidationException", "ValidationException", 403);
    }

    public AwsServiceError throttled() {
        return new AwsServiceError(throttlingStatus, throttlingCode, "Rate exceeded");
    }

    public AwsServiceError accessDenied(String message) {
        return new AwsServiceError(accessDeniedStatus, accessDeniedCode, message);
    }

    public AwsServiceError invalidToken() {
        return new AwsServiceError(authStatus, query ? "InvalidClientTokenId" : "UnrecognizedClientException",
                INVALID_TOKEN_MESSAGE);
    }

    public AwsServiceError expiredToken() {
        return new AwsServiceError(authStatus, query ? "ExpiredToken" : "ExpiredTokenException",
                "The security token included in the request is expired");
    }

    public AwsServiceError signatureMismatch() {
        return new AwsServiceError(authStatus, query ? "SignatureDoesNotMatch" : "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                        + " Access Key and signing method. Consult the service documentation for details.");
    }

    public AwsServiceError missingAuthentication() {
        return new AwsServiceError(authStatus, query ? "MissingAuthenticationToken" : "MissingAuthenticationTokenException",
                "Request is missing Authentication Token");
    }

    public AwsServiceError validation(String message) {
        return new AwsServiceError(400, validationCode, message);
    }

    AwsServiceError missingParameter(String name) {
        return new AwsServiceError(400, missingParameterCode,
                "1 validation error detected: Value null at '" + name + "' failed to satisfy constraint: Member must not be null");
    }

    public AwsServiceError unavailable(String region) {
        return new AwsServiceError(503, "ServiceUnavailable", "Service unavailable in " + region + " (simulated outage)");
    }

    public AwsServiceError unknownOperation(String operation) {
        return query ? new AwsServiceError(400, "InvalidAction", "The action " + operation + " is not valid for this web service.")
                : new AwsServiceError(400, "UnknownOperationException", "Unknown operation " + operation);
    }
}
