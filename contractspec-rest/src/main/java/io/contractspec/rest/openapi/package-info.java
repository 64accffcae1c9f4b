/**
 * OpenAPI 3.1 export: {@link io.contractspec.rest.openapi.OpenApiExporter#export} turns a registry
 * into the document of the routes the REST adapter serves; {@link io.contractspec.rest.openapi.OpenApiOptions}
 * sets title, version, servers, base path and security scheme. The output is deterministic.
 */
package io.contractspec.rest.openapi;
