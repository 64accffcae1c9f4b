/**
 * Public API: running a contract's acceptance examples as tests against an executor, with fixtures.
 */
package io.contractspec.testing;
