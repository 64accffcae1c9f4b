/**
 * Public API: importing OpenAPI 3.0, 3.1 and Swagger 2.0 documents into contract sources
 * ({@link io.contractspec.openapi.OpenApiImport}, {@link io.contractspec.openapi.ProjectWriter}) and
 * comparing a document with the contracts ({@link io.contractspec.openapi.OpenApiComparison}).
 */
package io.contractspec.openapi;
