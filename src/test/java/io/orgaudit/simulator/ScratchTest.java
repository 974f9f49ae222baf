package io.orgaudit.simulator;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class ScratchTest {
    @Test
    void timing() {
        try (SimulatedAws sim = SimulatedAws.start(Scenario.builder().account("111111111111", a -> a.topic("alerts", "us-east-1", t -> t.confirmed("email", "x@example.com"))).account("222222222222", a -> {}).build());
             SdkClients sdk = new SdkClients(sim)) {
            var hub = sdk.sns(sdk.hub(), Region.US_EAST_1);
            long t0 = System.nanoTime();
            hub.listSubscriptionsByTopic(r -> r.topicArn("arn:aws:sns:us-east-1:111111111111:alerts"));
            long t1 = System.nanoTime();
            try { hub.listSubscriptionsByTopic(r -> r.topicArn("arn:aws:sns:us-east-1:111111111111:gone")); } catch (Exception e) { System.out.println(e); }
            long t2 = System.nanoTime();
            var member = sdk.assume("222222222222");
            long t3 = System.nanoTime();
            var m = sdk.sns(member, Region.US_EAST_1);
            try { m.listSubscriptionsByTopic(r -> r.topicArn("arn:aws:sns:us-east-1:111111111111:alerts")); } catch (Exception e) { System.out.println(e); }
            long t4 = System.nanoTime();
            var eu = sdk.sns(sdk.hub(), Region.EU_WEST_1);
            try { eu.listSubscriptionsByTopic(r -> r.topicArn("arn:aws:sns:us-east-1:111111111111:alerts")); } catch (Exception e) { System.out.println(e); }
            long t5 = System.nanoTime();
            System.out.printf("ok %d notfound %d assume %d denied %d invalid %d%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000, (t5-t4)/1000000);
            sim.calls().all().forEach(System.out::println);
        }
    }
}
