package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;


/** How {@code ci} writes its report. */
@Internal
public enum ReportFormat {
    TEXT, JSON, SARIF
}
