package io.contractspec.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.core.result.Problem;
import io.contractspec.schema.Diagnostic;

/** How call outcomes read in failure messages. */
final class Outcomes {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Outcomes() {}

    /** {@code NOT_FOUND (404): No operation 'x' exists. [issues: name: required …]} */
    static String describe(Problem problem) {
        StringBuilder text = new StringBuilder(problem.code()).append(" (").append(problem.status()).append(')');
        problem.detail().ifPresent(detail -> text.append(": ").append(detail));
        if (!problem.issues().isEmpty()) {
            text.append(" [issues:");
            for (Diagnostic issue : problem.issues()) {
                text.append(' ').append(issue.path().isEmpty() ? "$" : issue.path()).append(": ").append(issue.message()).append(';');
            }
            text.setLength(text.length() - 1);
            text.append(']');
        }
        return text.toString();
    }

    /** Indented JSON, for the expected/actual values an IDE shows side by side. */
    static String pretty(JsonNode json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return String.valueOf(json);
        }
    }
}
