package io.orgaudit.demo;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orgaudit.access.AwsTarget;
import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioException;
import io.orgaudit.simulator.scenario.ScenarioFile;
import io.orgaudit.simulator.server.CallLog;

/**
 * The demo, {@code orgaudit.source=demo} (the default): starts the built-in simulated organization on a loopback
 * port and points every client at it, exactly as a user would point them at LocalStack with
 * {@code orgaudit.aws.endpoint}. The one class outside the simulator that knows it: the rest of orgaudit sees an
 * {@link AwsTarget}, a {@link CallSummary} and, for a scenario that cannot be used, an
 * {@link InvalidSettingsException}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "orgaudit.source", havingValue = "demo", matchIfMissing = true)
public class DemoConfiguration {

    @Bean(destroyMethod = "close")
    SimulatedAws simulatedAws(ScanSettings settings) {
        SimulatedAws simulator = SimulatedAws.start(scenario(settings.simulator().scenario()));
        simulator.faults().latency(settings.simulator().latency());
        return simulator;
    }

    @Bean
    AwsTarget demoAwsTarget(SimulatedAws simulator) {
        return AwsTarget.withKeys(simulator.endpoint(), simulator.hubAccessKeyId(), simulator.hubSecretAccessKey(),
                "demo (the built-in simulated organization)");
    }

    @Bean
    CallSummary callSummary(SimulatedAws simulator) {
        return () -> lineOf(simulator.calls());
    }

    /**
     * Reads the scenario {@code orgaudit.simulator.scenario} names, at start-up before the context exists.
     *
     * @throws InvalidSettingsException naming the setting, the file and the field at fault
     */
    public static void checkScenario(String setting) {
        scenario(setting);
    }

    private static Scenario scenario(String setting) {
        try {
            return ScenarioFile.load(setting);
        } catch (ScenarioException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    /** What the simulated AWS served: shows the calls a scan makes, and what a resumed run skipped. */
    static String lineOf(CallLog calls) {
        Map<String, Long> byOperation = calls.all().stream()
                .collect(Collectors.groupingBy(CallLog.Call::operation, TreeMap::new, Collectors.counting()));
        return "Simulated AWS served " + calls.total() + " calls: " + byOperation.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
