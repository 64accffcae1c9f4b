/**
 * Public API: Governance of contracts: lint rules over one registry, breaking-change rules and a version policy
 * over two, and golden-file cases to test rules with.
 *
 * <h2>Findings</h2>
 * Every finding is an {@link io.contractspec.schema.Diagnostic}: severity (NOTE, WARNING, DANGER,
 * ERROR), the id of the rule that found it, the spec it is about ({@code key@version}), a path
 * inside that spec in snapshot terms ({@code io.input.address.zip}, {@code policy.auth},
 * {@code acceptance.examples[resume-normal].input}), the spec's source location, a message and an
 * optional hint. {@link io.contractspec.governance.Findings} sorts them and prints one per line:
 * {@code SEVERITY RuleId subject [path]: message}. A finding at DANGER or ERROR is breaking.
 *
 * <h2>Rule ids</h2>
 * A rule is a class; its id is the class's simple name ({@code EventKeyNotPastTense},
 * {@code RemovedOutputField}). Rules are found through {@link java.util.ServiceLoader}, so users add
 * theirs by listing them in {@code META-INF/services}.
 *
 * <h2>{@code .contractsrc.json}</h2>
 * <pre>{@code
 * {
 *   "lint": { "rules": { "OperationWithoutExamples": "warning", "EventKeyNotPastTense": "off" } },
 *   "breakingChanges": { "rules": { "AddedDeclaredError": "note" } }
 * }
 * }</pre>
 * Each section maps rule ids to {@code note}, {@code warning}, {@code danger}, {@code error} or
 * {@code off}; other top-level sections belong to other tools. Mistakes fail with a
 * {@link io.contractspec.governance.ConfigException} naming the file and the key.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.contractspec.governance.lint.Linter#run} — lint a registry;</li>
 *   <li>{@link io.contractspec.governance.diff.BreakingChanges#between} — compare two registries
 *       (e.g. two snapshots) into a {@link io.contractspec.governance.diff.DiffReport};</li>
 *   <li>{@link io.contractspec.governance.golden.GoldenCaseRunner} — run golden-file cases.</li>
 *   <li>{@link io.contractspec.governance.drift.Drift} — compare regenerated artifacts with the
 *       committed generated folder, file by file.</li>
 * </ul>
 */
package io.contractspec.governance;
