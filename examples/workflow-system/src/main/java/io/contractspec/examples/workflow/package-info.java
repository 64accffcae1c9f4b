/**
 * The workflow system, assembled: its contracts ({@link io.contractspec.examples.workflow.WorkflowContracts}),
 * the runtime that binds their handlers ({@link io.contractspec.examples.workflow.WorkflowRuntime}) and
 * its options. The features live in {@code definition}, {@code instance} and {@code approval}.
 */
package io.contractspec.examples.workflow;
