package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed condition of the workflow expression language, evaluated against an instance's context
 * data. The language is deliberately small and safe: paths into the data ({@code data.amount},
 * {@code data.vendor.country}), string, number, boolean and null literals, comparisons
 * ({@code == != < <= > >=}), {@code && || !} and parentheses. It cannot call code or loop.
 *
 * <p>Semantics: a missing path is null; {@code ==} and {@code !=} compare numbers by value and
 * everything else by JSON equality; ordering compares two numbers or two strings, and is false for
 * any other pair; a bare value is true when it is {@code true}, a non-zero number or a non-empty string.
 */
@FunctionalInterface
public interface Condition {

    /** Whether the condition holds for the given context data (an object; may be empty). */
    boolean test(JsonNode data);

    /** Parses a condition; throws {@link ConditionException} naming the position of the first problem. */
    static Condition parse(String text) {
        return new ConditionParser(text).parse();
    }
}
