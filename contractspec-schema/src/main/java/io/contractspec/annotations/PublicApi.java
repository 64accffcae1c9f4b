package io.contractspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that applications may use and implement: it changes compatibly within a major
 * version (a breaking change is announced and versioned). Every public type outside an
 * {@code internal} package carries either this or {@link Internal}; a build test checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@PublicApi
public @interface PublicApi {}
