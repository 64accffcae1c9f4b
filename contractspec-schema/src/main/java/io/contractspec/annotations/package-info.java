/**
 * Public API: the annotations that say what else is public API ({@link io.contractspec.annotations.PublicApi})
 * and what is not ({@link io.contractspec.annotations.Internal}).
 */
package io.contractspec.annotations;
