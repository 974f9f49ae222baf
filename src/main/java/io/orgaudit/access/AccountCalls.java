package io.orgaudit.access;

import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;

/**
 * How one account's calls in one service and region go out: once the account's request rate there allows it, to the
 * client shared by all accounts (one per service and region, on the one connection pool), with the account's
 * credentials on the request.
 *
 * <p>Why not a client per account and region: building an SDK client costs far more CPU than a call (it reads
 * interceptor lists from the classpath, resolves its configuration and starts a timeout scheduler), and a scan makes
 * one or two calls per account and region, so per-account clients made the SDK, not AWS, the bottleneck of a large
 * scan. The shared client refuses requests that carry no account's credentials.
 *
 * <p>Each service has a small class acting as the account ({@link CloudTrailAsAccount} and its siblings) that
 * overrides only the operations the scan makes. The interface's request-builder overloads and paginators end in
 * those, so every page carries the account's credentials and waits for the account's rate; any other operation is
 * the interface's default, UnsupportedOperationException, until it is added there. They are plain classes rather
 * than one {@link java.lang.reflect.Proxy}: a proxy's set-up loads every model class of the service, hundreds per
 * service, which cost a cold scan about a tenth of its CPU.
 */
final class AccountCalls {

    private final String accountId;
    private final AwsCredentialsProvider credentials;
    private final RequestRate rate;

    AccountCalls(String accountId, AwsCredentialsProvider credentials, RequestRate rate) {
        this.accountId = accountId;
        this.credentials = credentials;
        this.rate = rate;
    }

    /** Sends the request as this account: waits for the account's rate, then calls the shared client's operation. */
    <Q extends AwsRequest, R> R send(Q request, Function<Q, R> sharedOperation) {
        rate.acquire();
        return sharedOperation.apply(withCredentials(request));
    }

    String describe(String service) {
        return service + " client acting as account " + accountId;
    }

    @SuppressWarnings("unchecked") // toBuilder().build() gives back the request's own type
    private <Q extends AwsRequest> Q withCredentials(Q request) {
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder)
                .orElseGet(AwsRequestOverrideConfiguration::builder);
        return (Q) request.toBuilder().overrideConfiguration(override.credentialsProvider(credentials).build()).build();
    }
}
