package io.orgaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the audit workbook: Summary, Trend (when the content has a history), Matrix, Findings, Errors, Exceptions,
 * Remediation and Rule. The Summary and the Trend (small, with a chart each) are built
 * with the plain XSSF model; the sheets that grow with the organization are streamed through SXSSF, which keeps only
 * a window of rows in memory, so 10,000 accounts fit in a small heap.
 */
public final class WorkbookWriter {

    /** Rows of a streamed sheet kept in memory; older rows are flushed to a temporary file. */
    private static final int ROW_WINDOW = 100;

    /**
     * Writes the workbook into {@code outputDirectory} (created when missing) and returns its path. The name carries
     * the organization, the run's day and run id; when that name is taken, a suffix ({@code -2}, {@code -3}, ...) is
     * added rather than overwriting anything.
     *
     * @throws IllegalArgumentException when the directory is not a directory or not writable
     * @throws UncheckedIOException when writing fails; no file is left under a final name then
     */
    public Path write(WorkbookContent content, Path outputDirectory) {
        Objects.requireNonNull(content, "content");
        Path directory = OutputFiles.usableDirectory(outputDirectory);
        Path temporary = OutputFiles.temporaryFile(directory, OutputFiles.WORKBOOK);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writeTo(content, out);
            }
            return OutputFiles.publishUnderFreeName(temporary, directory, OutputFiles.baseName(content.run()),
                    OutputFiles.WORKBOOK);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook in " + directory + ": " + e, e);
        } finally {
            OutputFiles.deleteQuietly(temporary);
        }
    }

    /**
     * Lays a workbook out and throws it away: most of the first workbook's time goes to loading and compiling the
     * spreadsheet library, which a scan can do while it waits on AWS (see {@code job.ReportWarmUp}).
     */
    public void rehearse(WorkbookContent sample) {
        try {
            writeTo(sample, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTo(WorkbookContent content, OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        ReportStyles styles = new ReportStyles(template);
        SummarySheet.write(template.createSheet(SummarySheet.NAME), styles, content);
        if (content.trend() != null) {
            TrendSheet.write(template.createSheet(TrendSheet.NAME), styles, content.trend());
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            MatrixSheet.write(workbook.createSheet(MatrixSheet.NAME), styles, content);
            FindingsSheet.write(workbook.createSheet(FindingsSheet.NAME), styles, content);
            ErrorsSheet.write(workbook.createSheet(ErrorsSheet.NAME), styles, content);
            ExceptionsSheet.write(workbook.createSheet(ExceptionsSheet.NAME), styles, content);
            RemediationSheet.write(workbook.createSheet(RemediationSheet.NAME), styles, content);
            RuleSheet.write(workbook.createSheet(RuleSheet.NAME), styles, content.rules());
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
