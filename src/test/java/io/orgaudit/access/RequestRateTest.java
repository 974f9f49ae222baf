package io.orgaudit.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RequestRateTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void letsABurstGoAtOnceThenSpacesRequestsAtTheRate() {
        RequestRate rate = new RequestRate(10, 3);
        long now = System.nanoTime() + SECOND; // well after the bucket filled

        assertThat(rate.reserve(now)).isLessThanOrEqualTo(0);
        assertThat(rate.reserve(now)).isLessThanOrEqualTo(0);
        assertThat(rate.reserve(now)).isLessThanOrEqualTo(0);
        assertThat(rate.reserve(now)).isEqualTo(SECOND / 10);
        assertThat(rate.reserve(now)).isEqualTo(2 * SECOND / 10);
    }

    @Test
    void aNewBucketStartsFull() {
        RequestRate rate = new RequestRate(8, 8);
        long now = System.nanoTime();

        for (int i = 0; i < 8; i++) {
            assertThat(rate.reserve(now)).isLessThanOrEqualTo(0);
        }
        assertThat(rate.reserve(now)).isGreaterThan(0);
    }

    @Test
    void aQuietSpellRefillsTheBurstButNoMore() {
        RequestRate rate = new RequestRate(10, 2);
        long now = System.nanoTime() + SECOND;
        for (int i = 0; i < 5; i++) {
            rate.reserve(now);
        }

        long later = now + 10 * SECOND;

        assertThat(rate.reserve(later)).isLessThanOrEqualTo(0);
        assertThat(rate.reserve(later)).isLessThanOrEqualTo(0);
        assertThat(rate.reserve(later)).isEqualTo(SECOND / 10);
    }

    @Test
    void acquireWaitsForItsTurn() {
        RequestRate rate = new RequestRate(20, 1);
        rate.acquire();
        long started = System.nanoTime();

        rate.acquire();
        rate.acquire();

        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(2 * SECOND / 20 - TimeUnit.MILLISECONDS.toNanos(2));
    }
}
