package io.contractspec.governance.diff;

import io.contractspec.schema.Constraints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.cornutum.regexpgen.MatchOptions;
import org.cornutum.regexpgen.MatchOptionsBuilder;
import org.cornutum.regexpgen.RandomGen;
import org.cornutum.regexpgen.RegExpGen;
import org.cornutum.regexpgen.js.Provider;
import org.cornutum.regexpgen.random.RandomBoundsGen;

/**
 * Compares what two patterns accept on sample strings: common short strings plus strings generated
 * to match each pattern (regexp-gen reads ECMA-262, the dialect of JSON Schema patterns). Each
 * sample is tested as validation tests values: a search with the compiled pattern. A sample one
 * pattern accepts and the other rejects proves a difference; no such sample proves nothing, since
 * which strings two regular expressions accept cannot be compared in general.
 */
record PatternComparison(Optional<String> newlyRejected, Optional<String> newlyAccepted, Optional<String> failure) {

    private static final List<String> COMMON = List.of("", " ", "a", "z", "A", "Z", "0", "9", "_", "-", ".", "ab",
            "AB", "aB", "a1", "A1", "1a", "abc", "ABC", "123", "a-b", "a_b", "a.b", "a b", "a@b.co", "2024-01-31",
            "\u00e9", "\ud83d\ude00");
    private static final int GENERATED_PER_KIND = 24;
    /** A fixed seed: the same two patterns always give the same samples, so findings are reproducible. */
    private static final long SEED = 0x5eedL;
    /** The shortest witness is the easiest to read; ties go to the first in code-unit order. */
    private static final Comparator<String> READABLE = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    static PatternComparison of(Constraints before, Constraints after) {
        List<String> samples = new ArrayList<>(COMMON);
        try {
            samples.addAll(generated(before.pattern().orElseThrow()));
            samples.addAll(generated(after.pattern().orElseThrow()));
        } catch (RuntimeException e) {
            // The sampler does not read every construct (look-arounds, back references): no comparison, not a crash.
            return new PatternComparison(Optional.empty(), Optional.empty(),
                    Optional.of(String.valueOf(e.getMessage())));
        }
        Pattern old = before.compiledPattern();
        Pattern now = after.compiledPattern();
        return new PatternComparison(
                samples.stream().filter(s -> accepts(old, s) && !accepts(now, s)).min(READABLE),
                samples.stream().filter(s -> !accepts(old, s) && accepts(now, s)).min(READABLE),
                Optional.empty());
    }

    /** What the samples showed, for a finding's message. */
    String evidence() {
        if (failure.isPresent()) {
            return "cannot compare them on sample strings (" + failure.get() + ")";
        }
        if (newlyRejected.isEmpty() && newlyAccepted.isEmpty()) {
            return "no sample string is accepted by one and rejected by the other";
        }
        List<String> parts = new ArrayList<>();
        newlyRejected.ifPresent(sample -> parts.add(quote(sample) + " was valid and is now rejected"));
        newlyAccepted.ifPresent(sample -> parts.add(quote(sample) + " was invalid and is now accepted"));
        return String.join(", and ", parts);
    }

    private static List<String> generated(String pattern) {
        RandomGen random = new RandomBoundsGen(new Random(SEED), 4);
        RegExpGen exact = Provider.forEcmaScript().matching(pattern, options(true));
        RegExpGen within = Provider.forEcmaScript().matching(pattern, options(false));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < GENERATED_PER_KIND; i++) {
            out.add(exact.generate(random));
            out.add(within.generate(random));
        }
        return out;
    }

    /** Printable ASCII for "any character", so that witnesses read well in a finding. */
    private static MatchOptions options(boolean exact) {
        return MatchOptionsBuilder.options().withAny(MatchOptions.ANY_ASCII).exactly(exact).build();
    }

    private static boolean accepts(Pattern pattern, String value) {
        return pattern.matcher(value).find();
    }

    private static String quote(String sample) {
        return "'" + sample + "'";
    }
}
