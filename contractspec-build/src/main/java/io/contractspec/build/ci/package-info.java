/**
 * Internal: {@code contractspec ci}: the stages (lint, integrity, acceptance, breaking changes, drift), their report and its text, JSON and SARIF forms; reused by the Maven plugin's check goal.
 */
package io.contractspec.build.ci;
