package io.orgaudit.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The call log's counts and when each operation was first called (the benchmark's "first of each" line). */
class CallLogTest {

    @Test
    void keepsTheFirstArrivalOfEachOperationUntilReset() throws Exception {
        CallLog log = new CallLog();
        log.record(new CallLog.Call("sts", "AssumeRole", "111111111111", "us-east-1", null));
        Thread.sleep(5);
        log.record(new CallLog.Call("cloudtrail", "DescribeTrails", "222222222222", "us-east-1", null));
        long firstAssumeRole = log.firstArrivals().get("AssumeRole");
        log.record(new CallLog.Call("sts", "AssumeRole", "111111111111", "us-east-1", null));

        assertThat(log.firstArrivals()).containsOnlyKeys("AssumeRole", "DescribeTrails");
        assertThat(log.firstArrivals().get("AssumeRole")).isEqualTo(firstAssumeRole)
                .isLessThan(log.firstArrivals().get("DescribeTrails"));
        assertThat(log.count("AssumeRole")).isEqualTo(2);

        log.reset();
        assertThat(log.firstArrivals()).isEmpty();
        assertThat(log.total()).isZero();
    }
}
