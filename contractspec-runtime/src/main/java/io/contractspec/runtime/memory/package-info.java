/**
 * Public API: the in-memory backend (unit of work and bounded stores) for tests, demos and single-process tools.
 */
package io.contractspec.runtime.memory;
