/**
 * Public API: the JSON Schema (2020-12) projection of models, shared by OpenAPI, AsyncAPI and the generated schemas.
 */
package io.contractspec.schema.jsonschema;
