package io.contractspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that is public only because Java needs it to be (another ContractSpec module, a
 * framework such as Maven or picocli, or a generated file uses it): applications must not depend
 * on it, and it may change in any release. Everything in a package named {@code internal} is
 * internal whether marked or not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@PublicApi
public @interface Internal {}
