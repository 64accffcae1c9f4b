/**
 * Public API: The typed TypeScript client: {@link io.contractspec.codegen.typescript.TypeScriptClient#generate}
 * writes an ESM package (TypeScript sources, no runtime dependency) whose calls are nested like the
 * operation keys and throw {@code ContractError} with the typed problem. The call of a paginated
 * operation also carries {@code all} and {@code pages}, async iterators over every item and every
 * page that follow the operation's cursor.
 */
package io.contractspec.codegen.typescript;
