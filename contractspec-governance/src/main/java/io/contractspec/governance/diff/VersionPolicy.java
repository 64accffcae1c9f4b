package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Semver;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecType;
import io.contractspec.core.spec.Stability;
import io.contractspec.governance.RuleInfo;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Judges the rules' findings by how versions and stability moved, and adds its own findings:
 *
 * <ul>
 *   <li>{@value #MAJOR_VERSION_REQUIRED} (ERROR): a spec makes breaking changes (findings at ERROR,
 *       the severity of {@link ChangeLevel#BREAKING}, after {@code .contractsrc.json}) but keeps its
 *       major version; findings at DANGER never ask for a new major version;</li>
 *   <li>{@value #CHANGED_WITHOUT_NEW_VERSION} (ERROR): a spec changed but kept its version, so one
 *       {@code key@version} now means two contracts;</li>
 *   <li>{@value #REMOVED_WITHOUT_DEPRECATION} (ERROR): an operation or event was removed without a
 *       release in which it was deprecated.</li>
 * </ul>
 *
 * Findings at DANGER or ERROR become WARNING, with the reason as hint, when the change is allowed:
 * the old spec made no promise (idea, in_creation or experimental; a 0.x or pre-release version),
 * the major version went up, or a removed spec had been deprecated. The policy never drops a
 * finding.
 */
@PublicApi
public final class VersionPolicy {

    public static final String MAJOR_VERSION_REQUIRED = "MajorVersionRequired";
    public static final String CHANGED_WITHOUT_NEW_VERSION = "ChangedWithoutNewVersion";
    public static final String REMOVED_WITHOUT_DEPRECATION = "RemovedWithoutDeprecation";

    /** The policy described above. */
    public static final VersionPolicy STANDARD = new VersionPolicy(true);

    /** No policy: the rules' findings as they are, e.g. to test a rule or for contracts without semver. */
    public static final VersionPolicy OFF = new VersionPolicy(false);

    private static final List<RuleInfo> CATALOG = List.of(
            new RuleInfo(CHANGED_WITHOUT_NEW_VERSION, Severity.ERROR,
                    "A spec changed but kept its version (relaxed to WARNING for experimental specs).",
                    "A key@version names one contract: snapshots, generated clients and consumers pinned to it"
                            + " assume it never changes. Changing it in place makes one name mean two contracts."),
            new RuleInfo(MAJOR_VERSION_REQUIRED, Severity.ERROR,
                    "A spec makes breaking changes within one major version (relaxed to WARNING for experimental"
                            + " specs).",
                    "Semantic versioning: callers pinned to a major version must keep working, so a finding at ERROR"
                            + " (a breaking change) needs a new major version. Findings at DANGER fail a check but ask"
                            + " for none: whether they break anyone depends on the callers."),
            new RuleInfo(REMOVED_WITHOUT_DEPRECATION, Severity.ERROR,
                    "An operation or event was removed without being deprecated first.",
                    "Callers need a release that tells them, with a sunset and a replacement, before the spec they"
                            + " use disappears."));

    private final boolean enabled;

    private VersionPolicy(boolean enabled) {
        this.enabled = enabled;
    }

    /** The policy's own checks, by id; empty when off. */
    public List<RuleInfo> catalog() {
        return enabled ? CATALOG : List.of();
    }

    /** The judged findings plus the policy's own, unsorted. */
    public List<Diagnostic> apply(ContractDiff diff, List<DiffFinding> findings, DiffConfig config) {
        List<Diagnostic> judged = new ArrayList<>();
        if (!enabled) {
            findings.forEach(finding -> judged.add(finding.diagnostic()));
            return judged;
        }
        Map<SpecDiff, List<DiffFinding>> bySpec = new IdentityHashMap<>();
        for (DiffFinding finding : findings) {
            bySpec.computeIfAbsent(finding.spec(), spec -> new ArrayList<>()).add(finding);
            judged.add(judge(finding.diagnostic(), finding.spec()));
        }
        for (SpecDiff spec : diff.specs()) {
            for (Diagnostic own : ownFindings(spec, bySpec.getOrDefault(spec, List.of()))) {
                config.severity(own.id(), own.severity())
                        .ifPresent(severity -> judged.add(judge(own.toBuilder().severity(severity).build(), spec)));
            }
        }
        return judged;
    }

    private static Diagnostic judge(Diagnostic finding, SpecDiff spec) {
        Optional<String> allowance = allowance(spec);
        if (!finding.severity().isBreaking() || allowance.isEmpty()) {
            return finding;
        }
        String hint = allowance.get() + finding.hint().map(original -> "; " + original).orElse("");
        return finding.toBuilder().severity(Severity.WARNING).hint(hint).build();
    }

    /** Why breaking changes to this spec are acceptable, if they are. */
    private static Optional<String> allowance(SpecDiff spec) {
        Spec before = spec.before().orElse(null);
        if (before == null) {
            return Optional.empty();
        }
        Stability stability = before.meta().stability();
        Semver version = before.meta().semver();
        if (!stability.promisesCompatibility()) {
            return Optional.of("relaxed: " + before.ref() + " is " + stability.wireName());
        }
        if (version.major().equals(BigInteger.ZERO) || version.isPreRelease()) {
            return Optional.of("relaxed: " + before.version() + " is not a release version");
        }
        if (spec.versionBump() == VersionBump.MAJOR) {
            return Optional.of("allowed: new major version " + spec.spec().version());
        }
        if (spec.status() == SpecDiff.Status.REMOVED && stability == Stability.DEPRECATED) {
            return Optional.of("allowed: it was deprecated");
        }
        return Optional.empty();
    }

    private static List<Diagnostic> ownFindings(SpecDiff spec, List<DiffFinding> findings) {
        List<Diagnostic> own = new ArrayList<>();
        if (spec.status() == SpecDiff.Status.CHANGED) {
            TreeSet<String> breaking = new TreeSet<>();
            findings.stream().map(DiffFinding::diagnostic)
                    .filter(finding -> finding.severity() == Severity.ERROR)
                    .forEach(finding -> breaking.add(finding.id()));
            if (!breaking.isEmpty() && spec.versionBump() != VersionBump.MAJOR) {
                own.add(majorVersionRequired(spec, breaking));
            }
            if (spec.versionBump() == VersionBump.NONE) {
                own.add(finding(spec, CHANGED_WITHOUT_NEW_VERSION, "version", "changed ("
                        + String.join(", ", spec.changedProperties()) + ") but kept version " + spec.spec().version(),
                        "a published key@version must not change: bump the version"));
            }
        }
        if (spec.status() == SpecDiff.Status.REMOVED && spec.type() != SpecType.FEATURE
                && spec.type() != SpecType.CAPABILITY && spec.spec().meta().stability() != Stability.DEPRECATED) {
            own.add(finding(spec, REMOVED_WITHOUT_DEPRECATION, "", "was removed without being deprecated first (it was "
                    + spec.spec().meta().stability().wireName() + ")",
                    "release a version with stability deprecated (and a sunset and replacement), then remove it"));
        }
        return own;
    }

    private static Diagnostic majorVersionRequired(SpecDiff spec, TreeSet<String> breaking) {
        Semver before = spec.before().orElseThrow().meta().semver();
        String versions = spec.versionBump() == VersionBump.NONE
                ? " without a new version"
                : " (" + before + " → " + spec.spec().version() + ")";
        return finding(spec, MAJOR_VERSION_REQUIRED, "version", "makes breaking changes (" + String.join(", ", breaking)
                + ") within major version " + before.major() + versions,
                "publish them as " + before.major().add(BigInteger.ONE) + ".0.0, or keep the old behaviour");
    }

    private static Diagnostic finding(SpecDiff spec, String id, String path, String message, String hint) {
        return Diagnostic.builder().severity(Severity.ERROR).id(id).subject(spec.subject()).path(path)
                .location(spec.location()).message(message).hint(hint).build();
    }
}
