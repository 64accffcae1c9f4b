package io.contractspec.runtime;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Handlers get the input with the model's declared defaults filled in, so they never restate them. */
class InputDefaultsTest {

    private static final Model PAGE = Model.builder("Page")
            .field(Field.optional("limit", Scalar.INT).defaultValue(20))
            .optional("cursor", Scalar.STRING)
            .build();
    private static final Model ECHO = Model.builder("Echo").allowUnknownFields().build();
    private static final OperationSpec LIST = command("orders.list", "1.0.0").input(PAGE).output(ECHO)
            .audit("orders.listed").build();

    private final AtomicReference<JsonNode> seen = new AtomicReference<>();
    private final Harness harness = new Harness(List.of(LIST), (handlers, h) -> handlers.bind(LIST, (input, context) -> {
        seen.set(input);
        return json("{}");
    }));

    @Test
    void theHandlerReadsTheDeclaredDefaultOfAnAbsentField() {
        successOf(harness.call(LIST.key(), "{cursor: 'c1'}", alice()));

        assertThat(seen.get().get("limit").asInt()).isEqualTo(20);
        assertThat(seen.get().get("cursor").asText()).isEqualTo("c1");
    }

    @Test
    void aValueTheCallerSentWins() {
        successOf(harness.call(LIST.key(), "{limit: 5}", alice()));

        assertThat(seen.get().get("limit").asInt()).isEqualTo(5);
    }

    @Test
    void theAuditRecordKeepsWhatTheHandlerRanWith() {
        successOf(harness.call(LIST.key(), "{}", alice()));

        assertThat(harness.auditRecords()).singleElement()
                .satisfies(record -> assertThat(record.input().get("limit").asInt()).isEqualTo(20));
    }

    @Test
    void aQueryWithoutInputHandsItsHandlerJsonNull() {
        OperationSpec count = query("orders.count", "1.0.0").output(ECHO).build();
        Harness noInput = new Harness(List.of(count), (handlers, h) -> handlers.bind(count, (input, context) -> {
            seen.set(input);
            return json("{}");
        }));

        successOf(noInput.call(count.key(), "{}", alice()));

        assertThat(seen.get()).isNotNull();
        assertThat(seen.get().isNull()).isTrue();
    }
}
