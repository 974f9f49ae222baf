package io.orgaudit.access;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

import io.orgaudit.settings.ScanSettings;

/**
 * Builds SDK clients that all share ONE HTTP connection pool (sized to the scan's concurrency), one timer for call
 * timeouts, the same timeouts and retry strategy, and the endpoint override when there is one. Member accounts use
 * one client per service and region, shared by every account ({@link #shared}); building a client per account
 * and region, or worse per call, is what makes scanners slow.
 */
final class AwsClientFactory implements AutoCloseable {

    /** The credentials of a shared client: none. Every request must carry its account's own. */
    private static final AwsCredentialsProvider NO_CREDENTIALS = () -> {
        throw new IllegalStateException("a shared AWS client was called without an account's credentials on the "
                + "request; use AccountSession's clients");
    };

    private final SdkHttpClient httpClient;
    private final ScheduledThreadPoolExecutor timeouts;
    private final ClientOverrideConfiguration overrides;
    private final AwsTarget target;
    private final OncePerKey<String, SdkClient> sharedClients = new OncePerKey<>();

    AwsClientFactory(ScanSettings settings, AwsTarget target) {
        this.target = target;
        ScanSettings.Aws aws = settings.aws();
        this.httpClient = ApacheHttpClient.builder()
                // Each account in flight may have a few calls at once (its own, an idle worker's help with its regions
                // and a shared log group's).
                .maxConnections(Math.max(16, settings.concurrency() * 4))
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(aws.attemptTimeout())
                // The "Expect: 100-continue" handshake costs a round trip per call; AWS's JSON and query APIs take
                // small bodies, which there is no point in holding back until the server agrees to read them.
                .expectContinueEnabled(false)
                .build();
        this.timeouts = timeoutScheduler();
        this.overrides = ClientOverrideConfiguration.builder()
                .apiCallTimeout(aws.apiCallTimeout())
                .apiCallAttemptTimeout(aws.attemptTimeout())
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(aws.maxAttempts()).build())
                .scheduledExecutorService(timeouts)
                .build();
    }

    <C, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C build(B builder, String region,
                                                                                AwsCredentialsProvider credentials) {
        builder.httpClient(httpClient)
                .overrideConfiguration(overrides)
                .credentialsProvider(credentials)
                .region(Region.of(region));
        target.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The one client of this service in this region that member accounts share; it has no credentials of its own. */
    <C extends SdkClient, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C shared(
            Class<C> type, String region, Supplier<B> builder) {
        // A cold build takes a while: clients of other services and regions are not held up by it.
        return type.cast(sharedClients.get(type.getName() + "/" + region,
                () -> build(builder.get(), region, NO_CREDENTIALS)));
    }

    @Override
    public void close() {
        sharedClients.forgetAll(SdkClient::close);
        httpClient.close();
        timeouts.shutdownNow();
    }

    /**
     * Every call and attempt schedules its timeout and cancels it when it answers. One small timer serves all
     * clients (the SDK would start one per client), and a cancelled timeout leaves its queue at once rather than
     * after its 30 seconds, so a thousand calls a second do not pile up tens of thousands of dead entries.
     */
    private static ScheduledThreadPoolExecutor timeoutScheduler() {
        AtomicInteger counter = new AtomicInteger();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "aws-call-timeouts-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }
}
