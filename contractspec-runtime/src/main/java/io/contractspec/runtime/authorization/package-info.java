/**
 * Public API: who may call what. The {@link io.contractspec.runtime.authorization.Authorizer} SPI
 * with the built-in {@link io.contractspec.runtime.authorization.PolicyAuthorizer} (the contract's
 * policy) and {@link io.contractspec.runtime.authorization.RecordRule}s, the record-level checks
 * the runtime enforces for the operations that declare them.
 */
package io.contractspec.runtime.authorization;
