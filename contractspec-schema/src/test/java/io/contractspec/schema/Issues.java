package io.contractspec.schema;

import java.util.List;

/** Compact renderings of validation results for assertions: {@code "code@path"}. */
final class Issues {

    private Issues() {}

    static List<String> of(ValidationResult result) {
        return result.issues().stream().map(issue -> issue.code() + "@" + issue.path()).toList();
    }
}
