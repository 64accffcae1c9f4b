package io.contractspec.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = new JsonMapper();

    @Test
    void sortsKeysByCodeUnitAndKeepsArrayOrder() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"b\": [3, 1, 2], \"a\": {\"z\": true, \"Z\": null, \"é\": \"x\"}, \"c\": {}}");
        assertThat(CanonicalJson.write(tree)).isEqualTo("""
                {
                  "a": {
                    "Z": null,
                    "z": true,
                    "é": "x"
                  },
                  "b": [
                    3,
                    1,
                    2
                  ],
                  "c": {}
                }
                """);
    }

    @Test
    void writesEmptyContainersAndScalarsAtTheTop() {
        assertThat(CanonicalJson.write(NODES.arrayNode())).isEqualTo("[]\n");
        assertThat(CanonicalJson.write(NODES.objectNode())).isEqualTo("{}\n");
        assertThat(CanonicalJson.write(NODES.textNode("a"))).isEqualTo("\"a\"\n");
    }

    @Test
    void writesNumbersAsPlainDecimals() {
        ObjectNode numbers = NODES.objectNode()
                .put("a", 1e21)
                .put("b", 1e-7)
                .put("c", 5.0)
                .put("d", new BigDecimal("1.2300"))
                .put("e", new BigDecimal("-4E+2"))
                .put("f", Long.MAX_VALUE)
                .put("g", 0.1 + 0.2)
                .put("h", -0.0f);
        numbers.set("i", NODES.numberNode(new BigInteger("123456789012345678901234567890")));
        assertThat(CanonicalJson.write(numbers)).isEqualTo("""
                {
                  "a": 1000000000000000000000,
                  "b": 0.0000001,
                  "c": 5,
                  "d": 1.23,
                  "e": -400,
                  "f": 9223372036854775807,
                  "g": 0.30000000000000004,
                  "h": 0,
                  "i": 123456789012345678901234567890
                }
                """);
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        String text = "quote \" backslash \\ slash / tab \t nl \n cr \r bell \u0007 nul \u0000 "
                + "é ✓ 😀 lone \ud800 end";
        assertThat(CanonicalJson.write(NODES.textNode(text))).isEqualTo(
                "\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bell \\u0007 nul \\u0000 "
                        + "é ✓ 😀 lone \\ud800 end\"\n");
    }

    @Test
    void theTextParsesBackToAnEqualTree() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"x\": [1.50, {\"y\": \"\\u0001\\ud83d\\ude00\"}], \"w\": -12}");
        JsonNode again = MAPPER.readTree(CanonicalJson.write(tree));
        assertThat(CanonicalJson.write(again)).isEqualTo(CanonicalJson.write(tree));
        assertThat(io.contractspec.schema.JsonValues.equal(again, tree)).isTrue();
    }

    @Test
    void canonicalizeSortsKeysAndUsesParserNumberTypes() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"b\": 2.0, \"a\": [1e2, 3000000000, 1.25, 1e30]}");
        JsonNode canonical = CanonicalJson.canonicalize(tree);
        assertThat(canonical.fieldNames()).toIterable().containsExactly("a", "b");
        assertThat(canonical.get("b")).isInstanceOf(IntNode.class);
        assertThat(canonical.get("a").get(0)).isEqualTo(IntNode.valueOf(100));
        assertThat(canonical.get("a").get(1)).isEqualTo(LongNode.valueOf(3_000_000_000L));
        assertThat(canonical.get("a").get(2)).isEqualTo(DecimalNode.valueOf(new BigDecimal("1.25")));
        assertThat(canonical.get("a").get(3)).isInstanceOf(BigIntegerNode.class);
    }

    @Test
    void rejectsWhatJsonCannotHold() {
        assertThatThrownBy(() -> CanonicalJson.write(NODES.numberNode(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> CanonicalJson.write(NODES.binaryNode(new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON value");
    }
}
