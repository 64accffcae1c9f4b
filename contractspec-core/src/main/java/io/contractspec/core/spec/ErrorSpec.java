package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;


/** A declared error: its code (UPPER_SNAKE), HTTP status and when it happens. */
@PublicApi
public record ErrorSpec(String code, int status, String when) {

    public ErrorSpec {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("error code '" + code + "' must be UPPER_SNAKE_CASE");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error " + code + ": status " + status + " is not a 4xx/5xx status");
        }
        if (when == null) {
            throw new IllegalArgumentException("error " + code + ": 'when' must not be null");
        }
    }

    /** {@code [A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*}, checked by hand: every operation built or read checks its codes. */
    public static boolean isValidCode(String code) {
        if (code == null || code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        boolean afterUnderscore = false;
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                afterUnderscore = false;
            } else if (c == '_' && !afterUnderscore) {
                afterUnderscore = true;
            } else {
                return false;
            }
        }
        return !afterUnderscore;
    }
}
