package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds repeated {@link Scenario} annotations; write {@code @Scenario} twice instead of using it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PublicApi
public @interface Scenarios {

    Scenario[] value();
}
