package io.contractspec.core.spec;

/** Scenario and example keys: lower-case words joined by hyphens, e.g. {@code resume-normal}. */
final class AcceptanceKeys {

    static final String RULE = "must be lower-case letters and digits joined by single hyphens, e.g. resume-normal";

    private AcceptanceKeys() {}

    /** {@code [a-z0-9]+(?:-[a-z0-9]+)*}. */
    static boolean isValid(String key) {
        return SpecKeys.wordsJoinedBy(key, false);
    }
}
