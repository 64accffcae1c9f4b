/**
 * Public API: Golden-file tests in the Smithy style. A case is a directory named after the rule it tests
 * ({@code RuleId} or {@code RuleId-variant}) holding {@code case.events} and either
 * {@code case.json} (linted) or {@code case.a.json} + {@code case.b.json} (compared). Snapshots may
 * leave out whatever has a builder default, so a case stays a few lines long.
 *
 * <p>{@code case.events} lists the expected findings, one per line in the form
 * {@code SEVERITY RuleId subject [path]: message}; lines starting with {@code #} are comments. Only
 * findings of the directory's rule and of rules named in the file are compared, unless the file
 * says {@code # scope: all}.
 */
package io.contractspec.governance.golden;
