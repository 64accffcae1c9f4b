/**
 * What every feature's storage shares: the workflow schema (Flyway), JDBC helpers that queue writes
 * in the call's transaction, keyset pages and row readers. Each feature keeps its own rows and
 * repositories.
 */
package io.contractspec.examples.workflow.store;
