package io.orgaudit.access;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Recognises, in a failure of a call to AWS, that the environment is not ready (no credentials, the endpoint cannot
 * be reached, does not speak AWS or answers server errors) and says it in one line with what to do.
 */
public final class EndpointProblems {

    private static final String AGAIN = "; then run the same command again (nothing collected was lost)";

    private EndpointProblems() {
    }

    /** The environment problem in a failure of any call, when there is one. */
    public static Optional<String> in(Throwable failure, String target) {
        for (Throwable t : Causes.of(failure)) {
            if (t instanceof SdkException sdk) {
                return Optional.ofNullable(known(sdk, target));
            }
        }
        return Optional.empty();
    }

    /** Any failure of the hub's first call says the environment is not ready; this says how, in one line. */
    static String describe(SdkException failure, String target) {
        String known = known(failure, target);
        return known != null ? known : target + " did not answer sts:GetCallerIdentity (" + firstLine(failure) + ")"
                + "; check orgaudit.aws.endpoint and the network" + AGAIN;
    }

    private static String known(SdkException failure, String target) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (message.contains("Unable to load credentials")) {
            return "no AWS credentials were found for orgaudit.source=aws: configure IRSA or EKS Pod Identity, an "
                    + "AWS profile, or the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables" + AGAIN;
        }
        Throwable network = networkCause(failure);
        if (network != null) {
            String why = network instanceof UnknownHostException ? "unknown host " + firstLine(network)
                    : firstLine(network);
            return target + " cannot be reached (" + why + "); check orgaudit.aws.endpoint, the network and any proxy" + AGAIN;
        }
        if (failure instanceof AwsServiceException service && service.statusCode() >= 500) {
            return target + " answered HTTP " + service.statusCode() + " (a server error) after every retry; wait "
                    + "for it to recover or check orgaudit.aws.endpoint" + AGAIN;
        }
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() == null) {
            return notAws(target, "HTTP " + service.statusCode());
        }
        if (failure instanceof SdkClientException && (message.contains("Unable to unmarshall")
                || message.contains("Unable to parse") || message.contains("Unexpected character"))) {
            return notAws(target, firstLine(failure));
        }
        return null;
    }

    static String notAws(String target, String what) {
        return target + " does not answer like AWS (" + what + "); point orgaudit.aws.endpoint at an AWS API "
                + "endpoint (LocalStack, moto) or leave it unset for real AWS" + AGAIN;
    }

    private static Throwable networkCause(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof java.net.SocketTimeoutException) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
