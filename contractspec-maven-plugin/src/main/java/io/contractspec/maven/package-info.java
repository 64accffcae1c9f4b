/**
 * Internal: the goals of the Maven plugin (snapshot, generate, client, check); configure them in a POM, do not call them from code.
 */
package io.contractspec.maven;
