package io.orgaudit.access;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.ScenarioFile;

/**
 * Where AWS calls go. With {@code orgaudit.source=demo} (the default) the built-in simulated organization is
 * started on a loopback port and every client points at it, exactly as a user would point them at LocalStack
 * with {@code orgaudit.aws.endpoint}; with {@code aws} the default credentials chain is used.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "orgaudit.source", havingValue = "demo", matchIfMissing = true)
    SimulatedAws simulatedAws(ScanSettings settings) {
        SimulatedAws simulator = SimulatedAws.start(ScenarioFile.load(settings.simulator().scenario()));
        simulator.faults().latency(settings.simulator().latency());
        return simulator;
    }

    @Bean
    AwsTarget awsTarget(ScanSettings settings, ObjectProvider<SimulatedAws> simulator) {
        if (settings.demo()) {
            SimulatedAws sim = simulator.getObject();
            return new AwsTarget(Optional.of(sim.endpoint()), StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(sim.hubAccessKeyId(), sim.hubSecretAccessKey())),
                    "demo (the built-in simulated organization)");
        }
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
}
