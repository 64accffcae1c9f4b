/**
 * Public API: the pipeline every call runs through ({@link io.contractspec.runtime.OperationExecutor} and its builder), what handlers see of a call, call results, listeners and the event bus.
 */
package io.contractspec.runtime;
