package io.contractspec.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.Contracts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redaction follows dotted paths through objects and arrays, on a copy. */
class PiiRedactorTest {

    private static JsonNode redact(String input, String... paths) {
        return PiiRedactor.redact(Contracts.json(input), List.of(paths));
    }

    @Test
    void redactsNestedFieldsAndEveryItemOfArraysOnTheWay() {
        assertThat(redact("{a: {b: 'x', c: 'y'}, list: [{b: 'x'}, {b: 'z', c: 'y'}, 'scalar']}", "a.b", "list.b"))
                .isEqualTo(Contracts.json("{a: {b: '[REDACTED]', c: 'y'}, list: [{b: '[REDACTED]'}, {b: '[REDACTED]', c: 'y'}, 'scalar']}"));
    }

    @Test
    void redactsAWholeValueAtTheEndOfThePath() {
        assertThat(redact("{emails: ['a@b.c', 'd@e.f'], address: {street: 'Main'}}", "emails", "address"))
                .isEqualTo(Contracts.json("{emails: '[REDACTED]', address: '[REDACTED]'}"));
    }

    @Test
    void leavesAbsentAndNullValuesAlone() {
        assertThat(redact("{a: null, b: {}}", "a", "b.c", "d.e")).isEqualTo(Contracts.json("{a: null, b: {}}"));
    }

    @Test
    void neverModifiesTheInput() {
        JsonNode input = Contracts.json("{a: {b: 'x'}}");

        PiiRedactor.redact(input, List.of("a.b"));

        assertThat(input).isEqualTo(Contracts.json("{a: {b: 'x'}}"));
    }

    @Test
    void passesInputWithoutPathsOrWithoutAValueThroughAsItIs() {
        JsonNode input = Contracts.json("{a: 'x'}");

        assertThat(PiiRedactor.redact(input, List.of())).isSameAs(input);
        assertThat(PiiRedactor.redact(null, List.of("a"))).isNull();
    }
}
