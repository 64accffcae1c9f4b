/**
 * Internal: What {@code init} and {@code create} write: a contract module that builds on Maven 3.8 and 3.9, its sample contract, typed handler and acceptance test, and spec scaffolds in the contract DSL.
 */
package io.contractspec.cli.scaffold;
