package io.orgaudit.access;

import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

import io.orgaudit.settings.ScanSettings;

/**
 * Builds SDK clients that all share ONE HTTP connection pool (sized to the scan's concurrency), the same timeouts
 * and retry strategy, and the endpoint override when there is one. Building a client is cheap once the HTTP client
 * is shared; building an HTTP client per call is what makes scanners slow.
 */
final class AwsClientFactory implements AutoCloseable {

    private final SdkHttpClient httpClient;
    private final ClientOverrideConfiguration overrides;
    private final AwsTarget target;

    AwsClientFactory(ScanSettings settings, AwsTarget target) {
        this.target = target;
        ScanSettings.Aws aws = settings.aws();
        this.httpClient = ApacheHttpClient.builder()
                // Each account partition may have a few calls in flight (its own and a shared log group's).
                .maxConnections(Math.max(16, settings.concurrency() * 4))
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(aws.attemptTimeout())
                .build();
        this.overrides = ClientOverrideConfiguration.builder()
                .apiCallTimeout(aws.apiCallTimeout())
                .apiCallAttemptTimeout(aws.attemptTimeout())
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(aws.maxAttempts()).build())
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

    @Override
    public void close() {
        httpClient.close();
    }
}
