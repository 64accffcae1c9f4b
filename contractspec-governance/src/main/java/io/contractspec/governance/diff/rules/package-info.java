/**
 * Public API: The built-in breaking-change rules, one class each; the class name is the rule id. Rules named
 * {@code ...Input...} look at operation inputs, rules named {@code ...Output...} at operation
 * outputs and event payloads alike (both are read by the other side). Only declared transport
 * overrides are compared: default routes and names follow the key and version by design.
 */
package io.contractspec.governance.diff.rules;
