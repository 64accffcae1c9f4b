/**
 * Internal: Loading contracts from a classpath (ServiceLoader) or a snapshot, and the project's executors (handler modules or a factory class); every failure is a one-line LoadException.
 */
package io.contractspec.build.load;
