package io.orgaudit.access;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkResponse;

/**
 * Service clients that act as one account. Every operation goes to a client shared by all accounts (one per service
 * and region, on the one connection pool) with the account's credentials on the request, once the account's request
 * rate in that region allows it.
 *
 * <p>Why not a client per account and region: building an SDK client costs far more CPU than a call (it reads
 * interceptor lists from the classpath, resolves its configuration and starts a timeout scheduler), and a scan makes
 * one or two calls per account and region, so per-account clients made the SDK, not AWS, the bottleneck of a large
 * scan. The shared client refuses requests that carry no account's credentials.
 */
final class AccountClients {

    private AccountClients() {
    }

    static <C extends SdkClient> C actingAs(Class<C> type, C shared, String accountId,
                                             AwsCredentialsProvider credentials, RequestRate rate) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (isOperation(method, args)) {
                rate.acquire();
                return invoke(shared, method, new Object[] {withCredentials((AwsRequest) args[0], credentials)});
            }
            switch (method.getName()) {
                case "close":
                    return null; // the shared client outlives every account; the factory closes it
                case "toString":
                    return type.getSimpleName() + " acting as account " + accountId;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "serviceClientConfiguration":
                    return invoke(shared, method, args);
                default:
                    break;
            }
            // Request-builder overloads, no-argument forms and paginators: the interface's own code, which calls
            // the operations above through this proxy, so every page carries the account's credentials.
            return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : invoke(shared, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** An AWS operation: one request in, its response out (the forms every overload ends in). */
    private static boolean isOperation(Method method, Object[] args) {
        return args != null && args.length == 1 && args[0] instanceof AwsRequest
                && SdkResponse.class.isAssignableFrom(method.getReturnType());
    }

    private static AwsRequest withCredentials(AwsRequest request, AwsCredentialsProvider credentials) {
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder)
                .orElseGet(AwsRequestOverrideConfiguration::builder);
        return request.toBuilder().overrideConfiguration(override.credentialsProvider(credentials).build()).build();
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
