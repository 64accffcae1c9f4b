package io.contractspec.core.spec;

import java.util.regex.Pattern;

/** A declared error: its code (UPPER_SNAKE), HTTP status and when it happens. */
public record ErrorSpec(String code, int status, String when) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    public ErrorSpec {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error code '" + code + "' must be UPPER_SNAKE_CASE");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error " + code + ": status " + status + " is not a 4xx/5xx status");
        }
        if (when == null) {
            throw new IllegalArgumentException("error " + code + ": 'when' must not be null");
        }
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
