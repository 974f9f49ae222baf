package io.orgaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The summary of repeated benchmark runs ({@code bench.repeat}): each run, then the medians and ranges. */
class BenchmarkSummaryTest {

    @Test
    void listsEachRunThenTheMedianAndRangeOfWallTimeAndRatio() {
        String summary = OrganizationScanBenchmark.summary(List.of(new double[] {9.1, 0.29, 78},
                new double[] {12.4, 0.22, 49}, new double[] {8.5, 0.31, 75}));

        assertThat(summary).contains("== 3 runs ==",
                "run 2: wall 12.40 s, ideal / actual 0.22, CPU check from 49 MB/s",
                "wall time: median 9.10 s (8.50 to 12.40); ideal / actual: median 0.29 (0.22 to 0.31)");
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        String summary = OrganizationScanBenchmark.summary(List.of(new double[] {10, 0.2, 80},
                new double[] {8, 0.4, 80}));

        assertThat(summary).contains("wall time: median 9.00 s (8.00 to 10.00); ideal / actual: median 0.30");
    }
}
