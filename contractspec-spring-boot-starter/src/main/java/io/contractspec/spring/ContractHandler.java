package io.contractspec.spring;

import io.contractspec.annotations.PublicApi;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the Spring bean method that handles one operation:
 *
 * <pre>{@code
 * @Component
 * class InstanceHandlers {
 *     @ContractHandler("workflow.instance.resume")
 *     WorkflowInstance resume(PauseResumeInput input, HandlerContext context) { … }
 * }
 * }</pre>
 *
 * The method takes the input as a record bound to the operation's input model (or as a
 * {@code JsonNode}), optionally the {@link io.contractspec.runtime.HandlerContext}, and returns a
 * record bound to the output model (or a {@code JsonNode}); records are checked against the models at
 * startup. On a bean class that implements {@link io.contractspec.runtime.OperationHandler}, the
 * annotation binds the whole bean. A key the registry does not hold fails the startup.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PublicApi
public @interface ContractHandler {

    /** The operation's key, e.g. {@code workflow.instance.resume}. */
    String value();

    /** The exact version handled; empty means the latest version of the key. */
    String version() default "";
}
