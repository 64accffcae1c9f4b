/**
 * Approvals, one feature end to end: decide, delegate, comment, the inbox; the records of their
 * models, their declared errors, handlers and bindings; the stored requests and comments.
 */
package io.contractspec.examples.workflow.approval;
