/**
 * Internal: {@code .contractsrc.json}: the defaults every command reads inside a project (classpath, snapshot, package, generated folder, ci settings).
 */
package io.contractspec.build.config;
