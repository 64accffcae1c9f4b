package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;


/** The format of spec keys: dotted, lower-case segments of letters, digits and hyphens. */
@PublicApi
public final class SpecKeys {

    private SpecKeys() {}

    /**
     * True for keys like {@code workflow.instance.resume} or {@code workflow.instance.timed-out}:
     * {@code [a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*}.
     */
    public static boolean isValid(String key) {
        return wordsJoinedBy(key, true);
    }

    /**
     * True for runs of {@code [a-z0-9]} joined by single hyphens and, when {@code dots}, single
     * dots. Checked by hand rather than by a regular expression: every spec built or read checks
     * several keys.
     */
    static boolean wordsJoinedBy(String text, boolean dots) {
        if (text == null) {
            return false;
        }
        boolean atWordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                atWordStart = false;
            } else if ((c == '-' || dots && c == '.') && !atWordStart) {
                atWordStart = true;
            } else {
                return false;
            }
        }
        return !atWordStart;
    }

    static String require(String key, String what) {
        if (!isValid(key)) {
            throw new IllegalArgumentException(what + " '" + key + "' is malformed: use dotted, lower-case segments"
                    + " of letters, digits and single hyphens, e.g. workflow.instance.resume");
        }
        return key;
    }
}
