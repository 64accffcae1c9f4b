/**
 * Workflow definitions, one feature end to end: the contracts (operations, events, models, enums,
 * declared errors), the records of the models, the handlers and their bindings, and the stored
 * definitions and steps.
 */
package io.contractspec.examples.workflow.definition;
