/**
 * Public API: the type system of contracts (scalars, enums, models and their fields), payload validation with its diagnostics, and exact JSON reading.
 */
package io.contractspec.schema;
