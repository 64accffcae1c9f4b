/**
 * Public API: Lint: rules about one registry's quality, conventions and cross-spec integrity, the things a
 * spec builder cannot reject on its own (a dangling reference, an example that cannot pass, two
 * models that collide by name). {@link io.contractspec.governance.lint.Linter} runs every
 * {@link io.contractspec.governance.lint.LintRule} found by ServiceLoader; the built-in catalog is
 * in {@link io.contractspec.governance.lint.rules}.
 */
package io.contractspec.governance.lint;
