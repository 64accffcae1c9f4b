package io.contractspec.governance.diff;

import io.contractspec.schema.Severity;

/**
 * What a change means for existing callers and consumers, and the {@link Severity} its findings
 * get before the {@link VersionPolicy} looks at them:
 *
 * <table>
 *   <caption>Levels and severities</caption>
 *   <tr><th>level</th><th>severity</th><th>meaning</th></tr>
 *   <tr><td>BREAKING</td><td>ERROR</td><td>existing callers or consumers fail</td></tr>
 *   <tr><td>DANGEROUS</td><td>DANGER</td><td>they may fail or behave differently, depending on
 *       how they are written</td></tr>
 *   <tr><td>INFO</td><td>WARNING</td><td>compatible, but they should know (deprecations, removed errors)</td></tr>
 *   <tr><td>SAFE</td><td>NOTE</td><td>compatible; recorded for the changelog</td></tr>
 * </table>
 *
 * DANGER and ERROR are "breaking" ({@link Severity#isBreaking()}) and fail a check by default.
 */
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
