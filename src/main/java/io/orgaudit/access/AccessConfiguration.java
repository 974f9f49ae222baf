package io.orgaudit.access;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import io.orgaudit.settings.ScanSettings;

/**
 * Where AWS calls go. With {@code orgaudit.source=demo} (the default) the demo configuration starts the built-in
 * simulated organization and gives the {@link AwsTarget} that points every client at it, exactly as a user would
 * point them at LocalStack with {@code orgaudit.aws.endpoint}; with {@code aws} the default credentials chain is used.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    @Conditional(NotTheDemo.class)
    AwsTarget awsTarget(ScanSettings settings) {
        Optional<java.net.URI> endpoint = Optional.ofNullable(settings.aws().endpoint());
        return new AwsTarget(endpoint, DefaultCredentialsProvider.builder().build(),
                endpoint.map(uri -> "aws endpoint " + uri).orElse("aws"));
    }

    @Bean(destroyMethod = "close")
    AwsAccess awsAccess(ScanSettings settings, AwsTarget target) {
        return new AwsAccess(settings, target);
    }

    /** Region names the SDK knows, for start-up validation of {@code orgaudit.regions}. */
    @Bean
    KnownRegions knownRegions() {
        return KnownRegions.ofSdk();
    }

    /** Exactly where the demo configuration's condition does not hold, so one of the two gives the target. */
    static final class NotTheDemo extends NoneNestedConditions {

        NotTheDemo() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(name = "orgaudit.source", havingValue = "demo", matchIfMissing = true)
        static final class Demo {
        }
    }
}
