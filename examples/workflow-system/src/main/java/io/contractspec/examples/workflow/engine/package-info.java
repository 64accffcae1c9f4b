/**
 * Moves instances through their graphs: steps, transitions, conditions, approvals, endings, and the
 * work done without a caller (timers and action steps), which runs as system tasks through the
 * runtime.
 */
package io.contractspec.examples.workflow.engine;
