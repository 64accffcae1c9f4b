package io.contractspec.cli.ci;

/** How {@code ci} writes its report. */
public enum ReportFormat {
    TEXT, JSON, SARIF
}
