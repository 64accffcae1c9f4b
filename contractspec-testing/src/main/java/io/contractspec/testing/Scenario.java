package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Links a test method (or a whole test class) to an acceptance scenario of an operation, so that
 * {@link ScenarioCoverage} can tell which scenarios are tested. Repeat it to link several.
 *
 * <pre>{@code
 * @Test
 * @Scenario("resume-workflow-happy-path")
 * @Scenario(value = "resume-normal", operation = "workflow.instance.resume@1.0.0")
 * void resumesAPausedInstance() { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Scenarios.class)
@PublicApi
public @interface Scenario {

    /** The scenario key, e.g. {@code resume-workflow-happy-path}. */
    String value();

    /**
     * The operation declaring the scenario: its key (every version that declares the scenario) or
     * {@code key@version}. Needed only when operations with different keys declare the same
     * scenario key.
     */
    String operation() default "";
}
