package io.contractspec.schema.internal.scalar;

import io.contractspec.schema.internal.EcmaRegex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A well-formed BCP 47 language tag: the ABNF of RFC 5646 section 2.1, letters in any case. One
 * regex, {@link #PATTERN}, is both the check and the schema; it is assembled from the ABNF rules:
 * <pre>
 * Language-Tag = langtag / privateuse / grandfathered
 * langtag      = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
 * language     = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
 * extlang      = 3ALPHA *2("-" 3ALPHA)
 * script       = 4ALPHA
 * region       = 2ALPHA / 3DIGIT
 * variant      = 5*8alphanum / (DIGIT 3alphanum)
 * extension    = singleton 1*("-" (2*8alphanum))     ; singleton: alphanum except x
 * privateuse   = "x" 1*("-" (1*8alphanum))
 * </pre>
 * Well-formed is not valid: subtags are not looked up in the IANA registry, and repeated variants
 * or singletons (which RFC 5646 forbids only for valid tags) are accepted.
 */
public final class LanguageTagRule extends StringFormatRule {

    private static final String LANGUAGE = "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})";
    private static final String SCRIPT = "(?:-[A-Za-z]{4})?";
    private static final String REGION = "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?";
    private static final String VARIANTS = "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*";
    private static final String EXTENSIONS = "(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*";
    private static final String PRIVATE_USE = "[Xx](?:-[A-Za-z0-9]{1,8})+";
    private static final String LANGTAG = LANGUAGE + SCRIPT + REGION + VARIANTS + EXTENSIONS + "(?:-" + PRIVATE_USE + ")?";

    /** The irregular and regular grandfathered tags of RFC 5646, listed literally. */
    static final List<String> GRANDFATHERED = List.of(
            "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
            "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
            "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan",
            "zh-xiang");

    static final String PATTERN = "^(?:" + LANGTAG + "|" + PRIVATE_USE + "|"
            + GRANDFATHERED.stream().map(LanguageTagRule::anyCase).collect(Collectors.joining("|")) + ")$";

    private static final Pattern COMPILED = EcmaRegex.compile(PATTERN);
    /** Matchers are reused per thread so that checking a tag allocates nothing. */
    private static final ThreadLocal<Matcher> MATCHER = ThreadLocal.withInitial(() -> COMPILED.matcher(""));

    public LanguageTagRule() {
        super("a BCP 47 language tag such as de-CH", Fragments.anchoredString(null, PATTERN));
    }

    @Override
    public boolean accepts(String text) {
        Matcher matcher = MATCHER.get().reset(text);
        boolean matches = matcher.matches();
        matcher.reset("");
        return matches;
    }

    /** {@code en-GB} becomes {@code [Ee][Nn]-[Gg][Bb]}: the regex has no case-insensitive flag. */
    private static String anyCase(String literal) {
        StringBuilder out = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (EcmaChars.isAsciiLetter(c)) {
                out.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
