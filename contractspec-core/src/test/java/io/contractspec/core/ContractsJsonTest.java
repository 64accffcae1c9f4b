package io.contractspec.core;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractsJsonTest {

    private static JsonNode strict(String json) throws Exception {
        return new JsonMapper().readTree(json);
    }

    @Test
    void readsSingleQuotesAndUnquotedNames() throws Exception {
        JsonNode node = json("{instanceId: 'inst-456', reason: 'Issue \"resolved\"', 'count': 2, nested: {ok: true}}");

        assertThat(node).isEqualTo(strict(
                "{\"instanceId\":\"inst-456\",\"reason\":\"Issue \\\"resolved\\\"\",\"count\":2,\"nested\":{\"ok\":true}}"));
    }

    @Test
    void readsStrictJsonUnchanged() throws Exception {
        String text = "{\"a\": [1, 2.5, null, false], \"b\": \"x\"}";

        assertThat(json(text)).isEqualTo(strict(text));
    }

    @Test
    void readsTrailingCommasAndScalarDocuments() throws Exception {
        assertThat(json("{a: 1, b: [1, 2,],}")).isEqualTo(strict("{\"a\":1,\"b\":[1,2]}"));
        assertThat(json("'text'").asText()).isEqualTo("text");
        assertThat(json("[]").isArray()).isTrue();
    }

    @Test
    void reportsLineAndColumnOfASyntaxError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> json("{\n  a: 1,\n  b: 'x\n}"))
                .withMessageStartingWith("invalid example JSON: ")
                .withMessageContaining("at line 3, column");
    }

    @Test
    void reportsPositionOfAMissingValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> json("{a: }"))
                .withMessageEndingWith("at line 1, column 5");
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> json("{a: 1, a: 2}"))
                .withMessageContaining("Duplicate field 'a'")
                .withMessageContaining("at line 1");
    }

    @Test
    void rejectsDuplicateKeysInNestedObjects() {
        assertThatIllegalArgumentException().isThrownBy(() -> json("{outer: {b: 1, 'b': 2}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{a: 1} }", "{a: 1} {b: 2}", "[1] x", "{a: 1", "{a: 'x}", "{a b: 1}", "{a: undefined}"})
    void rejectsMalformedOrTrailingInput(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> json(text))
                .withMessageStartingWith("invalid example JSON: ")
                .withMessageMatching("(?s).*at line \\d+, column \\d+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void rejectsEmptyInput(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> json(text)).withMessageContaining("empty");
    }
}
