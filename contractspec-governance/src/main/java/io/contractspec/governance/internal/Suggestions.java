package io.contractspec.governance.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for mistyped names: the closest candidate by edit distance, if close enough. */
public final class Suggestions {

    private Suggestions() {}

    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String needle = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        return candidates.stream()
                .filter(candidate -> distance(needle, candidate.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String candidate) -> distance(needle, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
