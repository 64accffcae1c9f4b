/**
 * Public API: binding Java records to models, checked once at bind time, for typed handlers.
 */
package io.contractspec.schema.binding;
