/**
 * Internal: the build-time toolkit the {@code contractspec} command and the Maven plugin
 * share (project configuration, classpath loading, artifact generation, the ci pipeline and its
 * reports); applications do not need it at run time.
 */
package io.contractspec.build;
