package io.contractspec.core.spec;

import java.util.regex.Pattern;

/** Scenario and example keys: lower-case words joined by hyphens, e.g. {@code resume-normal}. */
final class AcceptanceKeys {

    static final String RULE = "must be lower-case letters and digits joined by single hyphens, e.g. resume-normal";

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private AcceptanceKeys() {}

    static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
