package io.contractspec.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/** The constant-rule shortcuts of {@link ScalarChecks} give the same results as the scalar's own check. */
class ScalarChecksTest {

    @Test
    void everyShortcutRejectsWhatItsScalarRejectsAndAcceptsWhatItAccepts() {
        for (Scalar scalar : new Scalar[] {Scalar.ID, Scalar.NON_EMPTY_STRING, Scalar.DATE_TIME, Scalar.INT,
                Scalar.JSON_OBJECT, Scalar.STRING, Scalar.URL}) {
            for (var value : new com.fasterxml.jackson.databind.JsonNode[] {TextNode.valueOf(""), TextNode.valueOf("x"),
                    TextNode.valueOf("2024-01-02T03:04:05Z"), IntNode.valueOf(3)}) {
                assertThat(ScalarChecks.check(scalar, value) == null)
                        .as("%s %s", scalar, value)
                        .isEqualTo(scalar.checkValue(value) == null);
            }
        }
        assertThat(ScalarChecks.check(Scalar.ID, TextNode.valueOf(""))).isNotNull();
        assertThat(ScalarChecks.check(Scalar.ID, TextNode.valueOf("a"))).isNull();
    }
}
