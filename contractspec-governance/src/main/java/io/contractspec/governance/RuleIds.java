package io.contractspec.governance;

import io.contractspec.annotations.PublicApi;
import java.util.regex.Pattern;

/**
 * The one id scheme of every governance rule: the simple name of the rule's class, in PascalCase,
 * e.g. {@code EventKeyNotPastTense} or {@code RemovedOutputField}. A finding's id is its rule's id,
 * so ids in {@code .contractsrc.json}, golden files and reports all read the same.
 */
@PublicApi
public final class RuleIds {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private RuleIds() {}

    /** The id of a rule class: its simple name. */
    public static String of(Class<?> ruleClass) {
        return require(ruleClass.getSimpleName(), "id of " + ruleClass.getName());
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' must be PascalCase letters and digits,"
                    + " e.g. EventKeyNotPastTense (rules are named classes, not lambdas or anonymous classes)");
        }
        return id;
    }
}
