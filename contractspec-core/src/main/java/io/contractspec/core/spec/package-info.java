/**
 * Public API: the specs themselves (operations, events, errors, policies, examples) and their builders.
 */
package io.contractspec.core.spec;
