/**
 * The typed TypeScript client: {@link io.contractspec.codegen.typescript.TypeScriptClient#generate}
 * writes an ESM package (TypeScript sources, no runtime dependency) whose calls are nested like the
 * operation keys and throw {@code ContractError} with the typed problem.
 */
package io.contractspec.codegen.typescript;
