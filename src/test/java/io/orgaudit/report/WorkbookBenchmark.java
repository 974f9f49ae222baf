package io.orgaudit.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a 10,000-account workbook and prints how long it took and how big it is; run in its own small-heap JVM. */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[1]);
        WorkbookContent content = ReportFixtures.content(accounts);
        long start = System.nanoTime();
        Path workbook = new WorkbookWriter().write(content, Path.of(args[0]));
        long workbookMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ExportedFindings exported = new FindingsExport().write(content, workbook);
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("accounts=%d frameworks=%d maxHeapMB=%d workbookMillis=%d workbookBytes=%d "
                        + "exportMillis=%d csvBytes=%d jsonlBytes=%d usedHeapMB=%d%n",
                accounts, content.frameworks().size(), runtime.maxMemory() >> 20, workbookMillis, Files.size(workbook),
                exportMillis, Files.size(exported.csv()), Files.size(exported.jsonLines()),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
