package io.contractspec.governance.lint.rules;

import java.util.Set;

/**
 * Tells whether the last segment of an event key reads as something that happened: a regular past
 * form ({@code created}), an irregular one ({@code sent}, {@code written}) or a past form with a
 * particle ({@code timed-out}, {@code signed-up}).
 */
final class PastTense {

    private static final Set<String> IRREGULAR = Set.of(
            "arisen", "awoken", "been", "begun", "bent", "bound", "bought", "broken", "brought", "built",
            "burnt", "caught", "chosen", "come", "cut", "dealt", "done", "drawn", "driven", "eaten", "fallen",
            "felt", "fought", "found", "forbidden", "forgiven", "forgotten", "frozen", "given", "gone", "got",
            "gotten", "grown", "held", "hidden", "hit", "hung", "kept", "known", "laid", "led", "left", "lent",
            "let", "lit", "lost", "made", "meant", "met", "mistaken", "overridden", "overrun", "paid", "put",
            "quit", "read", "rebuilt", "redone", "reset", "resent", "rewritten", "ridden", "risen", "run", "said",
            "seen", "sent", "set", "shaken", "shed", "shot", "shown", "shut", "sold", "sought", "spent", "split",
            "spoken", "spread", "stolen", "stood", "struck", "stuck", "sung", "sunk", "swept", "swung", "taken",
            "taught", "thought", "thrown", "told", "torn", "undone", "understood", "upheld", "withdrawn",
            "withheld", "woken", "won", "worn", "written");

    /** Present-tense words that merely end in -ed. */
    private static final Set<String> NOT_PAST = Set.of(
            "bed", "bleed", "breed", "embed", "exceed", "feed", "need", "proceed", "red", "seed", "speed",
            "succeed", "shred");

    private static final Set<String> PARTICLES = Set.of(
            "away", "back", "down", "in", "off", "on", "out", "over", "through", "up");

    private PastTense() {}

    /** True when the hyphenated segment ends in a past form, possibly followed by one particle. */
    static boolean isPast(String segment) {
        String[] words = segment.split("-");
        String last = words[words.length - 1];
        if (isPastWord(last)) {
            return true;
        }
        return words.length > 1 && PARTICLES.contains(last) && isPastWord(words[words.length - 2]);
    }

    private static boolean isPastWord(String word) {
        return IRREGULAR.contains(word) || word.length() > 3 && word.endsWith("ed") && !NOT_PAST.contains(word);
    }

    /** A guess at the past form, for the hint: {@code start} → {@code started}, {@code create} → {@code created}. */
    static String suggest(String segment) {
        return segment.endsWith("e") ? segment + "d" : segment + "ed";
    }
}
