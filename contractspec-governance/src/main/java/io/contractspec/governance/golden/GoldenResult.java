package io.contractspec.governance.golden;

import io.contractspec.annotations.PublicApi;
import java.util.List;

/**
 * The outcome of one golden case: the findings expected and the (in-scope) findings produced, as
 * lines, and what differs. A readable {@link #describe()} is meant as a test's failure message.
 */
@PublicApi
public record GoldenResult(GoldenCase goldenCase, List<String> expected, List<String> actual,
        List<String> missing, List<String> unexpected) {

    public GoldenResult {
        expected = List.copyOf(expected);
        actual = List.copyOf(actual);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    public String describe() {
        if (passed()) {
            return goldenCase + ": " + actual.size() + " finding(s) as expected";
        }
        StringBuilder text = new StringBuilder(goldenCase.toString()).append(" (").append(goldenCase.directory())
                .append(")\n");
        section(text, "missing (expected, not found)", missing);
        section(text, "unexpected (found, not expected)", unexpected);
        section(text, "all findings in scope, to paste into " + GoldenCase.EVENTS, actual);
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append(title).append(":\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        }
    }
}
