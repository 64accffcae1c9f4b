/**
 * Public API: Breaking changes between two registries.
 *
 * <ol>
 *   <li>{@link io.contractspec.governance.diff.ContractDiff} computes the differences once: specs
 *       matched by type, key and version, then for each changed spec the snapshot properties that
 *       differ and every {@link io.contractspec.governance.diff.FieldChange} of its input, output
 *       or event payload, recursively, with its {@link io.contractspec.governance.diff.Direction},
 *       and every {@link io.contractspec.governance.diff.ModelChange} (a model that changed whether it
 *       accepts unknown fields).</li>
 *   <li>Every {@link io.contractspec.governance.diff.DiffRule} reads it and reports the changes it is
 *       about at its {@link io.contractspec.governance.diff.ChangeLevel} (breaking → ERROR, dangerous
 *       → DANGER, info → WARNING, safe → NOTE), and says why in its
 *       {@link io.contractspec.governance.diff.DiffRule#rationale() rationale}.</li>
 *   <li>The {@link io.contractspec.governance.diff.VersionPolicy} relaxes what versions and
 *       stability allow and adds its own findings: a finding at ERROR within one major version asks
 *       for a new major version, a finding at DANGER does not.</li>
 * </ol>
 *
 * {@link io.contractspec.governance.diff.BreakingChanges} runs the three stages and returns a
 * {@link io.contractspec.governance.diff.DiffReport}.
 */
package io.contractspec.governance.diff;
