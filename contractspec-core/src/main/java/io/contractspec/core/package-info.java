/**
 * Public API: the entry point of the contract DSL ({@link io.contractspec.core.Contracts}).
 */
package io.contractspec.core;
