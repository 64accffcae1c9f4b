/**
 * Public API: The one naming scheme every surface shares. A spec key {@code workflow.instance.resume} becomes
 * the OpenAPI operationId and GraphQL field {@code workflowInstanceResume}, the MCP tool
 * {@code workflow_instance_resume} and the TypeScript call {@code api.workflow.instance.resume(…)}.
 * {@link io.contractspec.core.naming.SurfaceNames} computes them for a set of operations and
 * reports the collisions that governance turns into lint errors.
 */
package io.contractspec.core.naming;
