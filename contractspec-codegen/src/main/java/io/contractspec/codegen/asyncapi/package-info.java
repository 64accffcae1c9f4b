/**
 * Public API: AsyncAPI 3.0 for events: {@link io.contractspec.codegen.asyncapi.AsyncApiExporter#export} gives a
 * channel, message and receive operation per event key and version.
 */
package io.contractspec.codegen.asyncapi;
