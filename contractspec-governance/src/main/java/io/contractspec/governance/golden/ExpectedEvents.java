package io.contractspec.governance.golden;

import io.contractspec.schema.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed {@code case.events} file: one expected finding per line in the form of
 * {@link io.contractspec.governance.Findings#line}, blank lines and {@code #} comments ignored.
 * The directive {@code # scope: all} makes the case compare every finding instead of only those of
 * its rule and of the rules its lines name.
 */
record ExpectedEvents(List<String> lines, Set<String> ruleIds, boolean allInScope) {

    static ExpectedEvents parse(String text, String file) {
        List<String> lines = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        boolean all = false;
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                all |= line.substring(1).strip().replace(" ", "").equalsIgnoreCase("scope:all");
                continue;
            }
            String[] words = line.split(" ", 3);
            if (words.length < 3 || !isSeverity(words[0]) || !line.contains(": ")) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'SEVERITY RuleId subject [path]:"
                        + " message', got: " + line);
            }
            ids.add(words[1].endsWith(":") ? words[1].substring(0, words[1].length() - 1) : words[1]);
            lines.add(line);
        }
        return new ExpectedEvents(List.copyOf(lines), Set.copyOf(ids), all);
    }

    private static boolean isSeverity(String word) {
        return Arrays.stream(Severity.values()).anyMatch(severity -> severity.name().equals(word));
    }
}
