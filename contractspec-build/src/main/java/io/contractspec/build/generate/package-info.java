/**
 * Internal: The generated artifacts (docs, site, OpenAPI, JSON Schema) and the generated folder they are written into and checked against.
 */
package io.contractspec.build.generate;
