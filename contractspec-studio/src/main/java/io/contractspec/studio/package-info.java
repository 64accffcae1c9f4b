/**
 * Public API: ContractSpec Studio: the operating layer in the browser (catalog, "try it", governance, workflow
 * dashboard), mounted on the REST server with {@link io.contractspec.studio.Studio#mount}.
 */
package io.contractspec.studio;
