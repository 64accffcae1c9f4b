/**
 * Public API: OpenAPI 3.1 export: {@link io.contractspec.rest.openapi.OpenApiExporter#export} turns a registry
 * into the document of the routes the REST adapter serves; {@link io.contractspec.rest.openapi.OpenApiOptions}
 * sets title, version, description, contact, license, servers, base path and security scheme. The
 * output is deterministic, names each operation by {@link io.contractspec.core.naming.SurfaceNames},
 * keeps only the component schemas it uses and completes partial success examples.
 */
package io.contractspec.rest.openapi;
