/**
 * Internal: SARIF 2.1.0 output of findings, with a rule descriptor per finding id.
 */
package io.contractspec.build.sarif;
