package io.orgaudit.settings;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The checks of {@code orgaudit.aws.*} and {@code orgaudit.simulator.*} values that bind but cannot work. */
final class AwsSettingsCheck {

    private static final int MOST_ATTEMPTS = 100;

    private final ScanSettings.Aws aws;
    private final ScanSettings.Simulator simulator;

    AwsSettingsCheck(ScanSettings.Aws aws, ScanSettings.Simulator simulator) {
        this.aws = aws;
        this.simulator = simulator;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        positive("orgaudit.aws.api-call-timeout", aws.apiCallTimeout(), problems);
        positive("orgaudit.aws.attempt-timeout", aws.attemptTimeout(), problems);
        if (aws.maxAttempts() < 1 || aws.maxAttempts() > MOST_ATTEMPTS) {
            problems.add("orgaudit.aws.max-attempts: " + aws.maxAttempts() + " is out of range; "
                    + KnownSettings.allowed("orgaudit.aws.max-attempts").orElseThrow());
        }
        if (aws.endpoint() != null && !isHttpUrl(aws.endpoint())) {
            problems.add("orgaudit.aws.endpoint: '" + Shown.value(aws.endpoint()) + "' is not an http:// or https:// "
                    + "URL with a host; " + KnownSettings.allowed("orgaudit.aws.endpoint").orElseThrow());
        }
        if (simulator.latency().isNegative()) {
            problems.add("orgaudit.simulator.latency: " + Shown.duration(simulator.latency()) + " is negative; "
                    + KnownSettings.allowed("orgaudit.simulator.latency").orElseThrow());
        }
        return problems;
    }

    static void positive(String key, Duration value, List<String> problems) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(key + ": " + Shown.duration(value) + " is not a positive duration; " + KnownSettings.allowed(key).orElseThrow());
        }
    }

    private static boolean isHttpUrl(URI uri) {
        return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null && !uri.getHost().isBlank();
    }
}
