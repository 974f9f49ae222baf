package io.orgaudit.simulator;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class ScratchTest {
    @Test
    void timing() {
        try (SimulatedAws sim = SimulatedAws.start(Scenario.demo()); SdkClients sdk = new SdkClients(sim)) {
            var sts = sdk.sts(sdk.hub());
            var logs = sdk.logs(sdk.hub(), Region.US_EAST_1);
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 100; i++) sts.getCallerIdentity();
                long t1 = System.nanoTime();
                for (int i = 0; i < 100; i++) logs.describeMetricFilters(r -> r.logGroupName("aws-cloudtrail-logs-org"));
                long t2 = System.nanoTime();
                for (int i = 0; i < 20; i++) sdk.logs(sdk.hub(), Region.US_EAST_1).close();
                long t3 = System.nanoTime();
                System.out.printf("sts %.1f ms/call, logs %.1f ms/call, client build %.1f ms%n", (t1-t0)/1e8, (t2-t1)/1e8, (t3-t2)/2e7);
            }
        }
    }
}
