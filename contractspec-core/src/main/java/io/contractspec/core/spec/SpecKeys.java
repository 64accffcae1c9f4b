package io.contractspec.core.spec;

import java.util.regex.Pattern;

/** The format of spec keys: dotted, lower-case segments of letters, digits and hyphens. */
public final class SpecKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");

    private SpecKeys() {}

    /** True for keys like {@code workflow.instance.resume} or {@code workflow.instance.timed-out}. */
    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    static String require(String key, String what) {
        if (!isValid(key)) {
            throw new IllegalArgumentException(what + " '" + key + "' is malformed: use dotted, lower-case segments"
                    + " of letters, digits and single hyphens, e.g. workflow.instance.resume");
        }
        return key;
    }
}
