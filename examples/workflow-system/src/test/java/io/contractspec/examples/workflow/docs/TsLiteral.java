package io.contractspec.examples.workflow.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.Contracts;
import java.util.regex.Pattern;

/**
 * Reads object literals out of the seed's TypeScript contract. A literal such as
 * {@code meta: { key: 'workflow.instance.resume', owners: ['@example.workflow-system'], }} is
 * relaxed JSON once its bare identifiers ({@code WorkflowInstanceModel},
 * {@code ScalarTypeEnum.String_unsecure()}) are quoted, so the core's relaxed JSON reader parses it.
 */
final class TsLiteral {

    /** A bare identifier, property access or call without arguments in value position. */
    private static final Pattern BARE_VALUE = Pattern.compile(
            "(?<=[:\\[,]\\s{0,40})(?!(?:true|false|null)\\b)([A-Za-z_$][\\w$.]*(?:\\(\\))?)(?=\\s*[,}\\]])");

    private TsLiteral() {}

    /** The literal that follows the first occurrence of the anchor, e.g. {@code "meta:"}, as JSON. */
    static JsonNode after(String source, String anchor) {
        return Contracts.json(BARE_VALUE.matcher(text(source, anchor)).replaceAll("'$1'"));
    }

    /** The text of the balanced {@code {...}} or {@code [...]} that follows the anchor. */
    static String text(String source, String anchor) {
        int at = source.indexOf(anchor);
        if (at < 0) {
            throw new AssertionError("the seed's source definition has no '" + anchor + "'");
        }
        int start = at + anchor.length();
        while (start < source.length() && "{[".indexOf(source.charAt(start)) < 0) {
            start++;
        }
        int depth = 0;
        char quote = 0;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return source.substring(start, i + 1);
            }
        }
        throw new AssertionError("the literal after '" + anchor + "' is not closed");
    }
}
