package io.contractspec.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a Java enum constant means, as docs and schemas show it; read by
 * {@link EnumType#from(String, String, Class)}, so the Java enum is the one place its values are
 * stated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Description {

    String value();
}
