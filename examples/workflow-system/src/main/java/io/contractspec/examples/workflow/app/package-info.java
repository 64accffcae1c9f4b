/**
 * The workflow-system application: the command line ({@code workflow-system.jar} with the server,
 * {@code token} and {@code snapshot}), the assembly of the running server
 * ({@link io.contractspec.examples.workflow.app.WorkflowApplication}: pool, runtime, REST surface
 * with JWT bearer tokens, docs at {@code /docs}, background timers and event relay), the signing
 * secret and tokens, and the demo organization loaded on a new embedded database.
 */
package io.contractspec.examples.workflow.app;
