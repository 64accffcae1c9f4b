/**
 * Public API: the registry of every spec an application serves, and the ServiceLoader modules that contribute them.
 */
package io.contractspec.core.registry;
