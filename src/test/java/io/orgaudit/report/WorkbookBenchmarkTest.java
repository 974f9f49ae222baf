package io.orgaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 accounts x 31 frameworks in a JVM limited to 256 MB of heap. Excluded from the normal build (tag benchmark);
 * run with {@code mvn -B -o test -Dtest=WorkbookBenchmarkTest -DexcludedGroups=none}.
 */
@Tag("benchmark")
class WorkbookBenchmarkTest {

    private static final int ACCOUNTS = 10_000;

    @TempDir
    Path directory;

    @Test
    void writesTenThousandAccountsWithinA256MegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                WorkbookBenchmark.class.getName(), directory.toString(), Integer.toString(ACCOUNTS))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("accounts=10000 frameworks=31 maxHeapMB=");
        assertEveryAccountIsInTheMatrix(directory.resolve("orgaudit-o-demo1234567-2026-11-28-run42.xlsx"));
    }

    private static void assertEveryAccountIsInTheMatrix(Path workbook) throws IOException {
        try (XSSFWorkbook reopened = WorkbookWriterTest.reopen(workbook)) {
            var matrix = reopened.getSheet("Matrix");
            assertThat(matrix.getLastRowNum()).isEqualTo(ACCOUNTS);
            assertThat(WorkbookWriterTest.texts(matrix.getRow(ACCOUNTS)).subList(0, 2))
                    .isEqualTo(List.of(ReportFixtures.accountId(ACCOUNTS - 1), "workload-" + (ACCOUNTS - 1)));
        }
    }
}
