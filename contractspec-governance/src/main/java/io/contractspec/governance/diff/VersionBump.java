package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Semver;

/** How a spec's version moved between the two registries. */
@PublicApi
public enum VersionBump {
    /** Same version (build metadata aside). */
    NONE,
    /** Same MAJOR.MINOR.PATCH, another pre-release. */
    PRE_RELEASE,
    PATCH,
    MINOR,
    MAJOR,
    /** The version went down. */
    LOWER;

    public static VersionBump between(Semver before, Semver after) {
        int order = after.compareTo(before);
        if (order == 0) {
            return NONE;
        }
        if (order < 0) {
            return LOWER;
        }
        if (!after.major().equals(before.major())) {
            return MAJOR;
        }
        if (!after.minor().equals(before.minor())) {
            return MINOR;
        }
        return after.patch().equals(before.patch()) ? PRE_RELEASE : PATCH;
    }
}
