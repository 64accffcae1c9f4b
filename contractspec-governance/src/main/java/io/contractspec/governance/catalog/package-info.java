/**
 * Public API: The rule table: every lint rule, breaking-change rule and version-policy check with its level,
 * default severity, what it finds and why it has that severity, as text, JSON or Markdown. The
 * {@code contractspec rules} command prints it, and the module's {@code RULES.md} is it in
 * Markdown, compared with the rules by a test so that it cannot drift.
 */
package io.contractspec.governance.catalog;
