/**
 * Workflow instances, one feature end to end: start, transition, pause, resume, cancel, list and
 * read; the records of their models, their declared errors, handlers and bindings; the stored
 * instances, step executions and timers.
 */
package io.contractspec.examples.workflow.instance;
