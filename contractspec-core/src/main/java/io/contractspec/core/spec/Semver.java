package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Semantic Versioning 2.0.0 version. Ordering is semver precedence: numeric core first, a
 * pre-release sorts before its release, build metadata is ignored for ordering (but kept).
 * Equality agrees with ordering: {@code 1.0.0+a} equals {@code 1.0.0+b}, so two specs whose
 * versions differ only in build metadata have the same identity.
 */
@PublicApi
public final class Semver implements Comparable<Semver> {

    private static final String NUMBER = "0|[1-9]\\d*";
    private static final String PRE_ID = "(?:" + NUMBER + "|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
    private static final Pattern SEMVER = Pattern.compile("(" + NUMBER + ")\\.(" + NUMBER + ")\\.(" + NUMBER + ")"
            + "(?:-(" + PRE_ID + "(?:\\." + PRE_ID + ")*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    /**
     * Parsed versions by text. Specs are looked up by version on every call, and parsing (a regular
     * expression and three BigIntegers) would otherwise dominate; versions are immutable, so equal
     * texts can share one. Bounded, so that versions from untrusted input cannot grow it forever.
     */
    private static final int PARSED_LIMIT = 4096;
    private static final Map<String, Semver> PARSED = new ConcurrentHashMap<>();

    private final String text;
    private final BigInteger major;
    private final BigInteger minor;
    private final BigInteger patch;
    private final List<String> preRelease;
    private final int hash; // specs are found by version on every call

    private Semver(String text, Matcher match) {
        this.text = text;
        this.major = new BigInteger(match.group(1));
        this.minor = new BigInteger(match.group(2));
        this.patch = new BigInteger(match.group(3));
        this.preRelease = match.group(4) == null ? List.of() : List.of(match.group(4).split("\\."));
        this.hash = Objects.hash(major, minor, patch, preRelease);
    }

    /** @throws IllegalArgumentException when the text is not a semantic version */
    public static Semver parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("version is missing");
        }
        Semver known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Matcher match = SEMVER.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException(
                    "version '" + text + "' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)");
        }
        Semver parsed = new Semver(text, match);
        if (PARSED.size() < PARSED_LIMIT) {
            PARSED.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    public static boolean isValid(String text) {
        return text != null && (PARSED.containsKey(text) || SEMVER.matcher(text).matches());
    }

    public BigInteger major() {
        return major;
    }

    public BigInteger minor() {
        return minor;
    }

    public BigInteger patch() {
        return patch;
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(Semver other) {
        int core = major.compareTo(other.major);
        if (core == 0) {
            core = minor.compareTo(other.minor);
        }
        if (core == 0) {
            core = patch.compareTo(other.patch);
        }
        return core != 0 ? core : comparePreRelease(preRelease, other.preRelease);
    }

    private static int comparePreRelease(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareIdentifier(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean numericA = a.chars().allMatch(Character::isDigit);
        boolean numericB = b.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Semver other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return text;
    }
}
