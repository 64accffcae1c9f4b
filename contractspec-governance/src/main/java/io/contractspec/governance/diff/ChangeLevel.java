package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Severity;

/**
 * What a change means for existing callers and consumers, and the {@link Severity} its findings
 * get before the {@link VersionPolicy} looks at them. The level decides everything downstream, the
 * same way everywhere (CLI, Maven plugin, golden cases, the rule table):
 *
 * <table>
 *   <caption>Levels and severities</caption>
 *   <tr><th>level</th><th>severity</th><th>meaning</th><th>fails a check</th><th>needs a new major version</th></tr>
 *   <tr><td>BREAKING</td><td>ERROR</td><td>calls or consumers that were correct against the old
 *       contract fail against the new one</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>DANGEROUS</td><td>DANGER</td><td>they may fail or behave differently, depending on how
 *       they are written or deployed</td><td>yes</td><td>no</td></tr>
 *   <tr><td>INFO</td><td>WARNING</td><td>compatible, but they should know (deprecations, new or removed
 *       errors)</td><td>with {@code failOnWarnings}</td><td>no</td></tr>
 *   <tr><td>SAFE</td><td>NOTE</td><td>compatible; recorded for the changelog</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * DANGER and ERROR are "breaking" ({@link Severity#isBreaking()}) and fail a check by default; the
 * version policy's {@value VersionPolicy#MAJOR_VERSION_REQUIRED} asks for a new major version for
 * findings at ERROR only. Both read the severity after {@code .contractsrc.json}: configuring a rule
 * to {@code danger} keeps it failing checks without asking for a major version.
 */
@PublicApi
public enum ChangeLevel {
    BREAKING(Severity.ERROR),
    DANGEROUS(Severity.DANGER),
    INFO(Severity.WARNING),
    SAFE(Severity.NOTE);

    private final Severity severity;

    ChangeLevel(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
