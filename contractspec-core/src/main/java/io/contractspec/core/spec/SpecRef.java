package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a spec: key and exact version, written {@code key@version}. Like {@link Semver},
 * two refs whose versions differ only in build metadata are equal.
 */
@PublicApi
public record SpecRef(String key, String version) implements Comparable<SpecRef> {

    private static final Comparator<SpecRef> ORDER = Comparator.comparing(SpecRef::key)
            .thenComparing(ref -> Semver.parse(ref.version()));

    public SpecRef {
        SpecKeys.require(key, "key");
        Semver.parse(version);
    }

    public static SpecRef of(String key, String version) {
        return new SpecRef(key, version);
    }

    /** Parses {@code key@version}. */
    public static SpecRef parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("spec reference '" + text + "' must be key@version");
        }
        return new SpecRef(text.substring(0, at), text.substring(at + 1));
    }

    public Semver semver() {
        return Semver.parse(version);
    }

    /** Key order, then semver precedence. */
    @Override
    public int compareTo(SpecRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecRef other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, semver());
    }

    @Override
    public String toString() {
        return key + "@" + version;
    }
}
