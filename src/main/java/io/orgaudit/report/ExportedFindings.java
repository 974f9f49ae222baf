package io.orgaudit.report;

import java.nio.file.Path;

/** The machine-readable copies of the Findings sheet written beside a workbook. */
public record ExportedFindings(Path csv, Path jsonLines) {
}
