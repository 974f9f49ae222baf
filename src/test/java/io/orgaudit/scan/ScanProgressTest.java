package io.orgaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The progress line: a lower bound and no ETA while the organization is listed, then the total and an ETA. */
class ScanProgressTest {

    @Test
    void showsALowerBoundWhileListingAndAnEtaOnceTheTotalIsKnown() {
        ScanProgress progress = new ScanProgress(Duration.ofHours(1)); // no timed lines during the test
        AtomicInteger found = new AtomicInteger(40);
        AtomicBoolean listing = new AtomicBoolean(true);
        progress.startWhileListing(found::get, listing::get);
        try {
            progress.accountDone(false);
            progress.accountDone(true);
            long soon = System.nanoTime() + 1_000_000_000L;
            assertThat(progress.line(soon)).matches("progress: 2/40\\+ accounts \\(organization still being listed\\), "
                    + "1 with errors, [0-9.]+ accounts/s, ETA \\?");

            found.set(100);
            listing.set(false);
            assertThat(progress.line(soon)).matches("progress: 2/100 accounts, 1 with errors, [0-9.]+ accounts/s, "
                    + "ETA [0-9ms]+");
        } finally {
            progress.stop();
        }
    }

    @Test
    void aKnownTotalHasItsEtaFromTheStart() {
        ScanProgress progress = new ScanProgress(Duration.ofHours(1));
        progress.start(10);
        try {
            for (int i = 0; i < 5; i++) {
                progress.accountDone(false);
            }
            String line = progress.line(System.nanoTime() + 5_000_000_000L);
            assertThat(line).startsWith("progress: 5/10 accounts, 0 with errors, ").contains("accounts/s, ETA ");
            assertThat(line).endsWith("ETA 5s");
        } finally {
            progress.stop();
        }
    }
}
