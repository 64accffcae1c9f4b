package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class ModelDefaultsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();

    private static final Model ITEM = Model.builder("Item")
            .required("sku", Scalar.STRING)
            .field(Field.optional("quantity", Scalar.INT).defaultValue(1))
            .build();
    private static final Model ORDER = Model.builder("Order")
            .field(Field.optional("priority", Scalar.INT).defaultValue(50))
            .field(Field.optional("channel", Scalar.STRING).defaultValue("web"))
            .optional("note", Scalar.STRING)
            .field(Field.optional("items", ITEM).array())
            .optional("gift", ITEM)
            .build();

    @Test
    void fillsAbsentFieldsThatDeclareADefaultAndNoOthers() {
        assertSameJson(ORDER.withDefaults(json("{}")), "{priority: 50, channel: 'web'}");
    }

    @Test
    void keepsWhatTheCallerSentEvenWhenItEqualsNoDefault() {
        assertThat(ORDER.withDefaults(json("{priority: 7, channel: 'app'}"))).isEqualTo(json("{priority: 7, channel: 'app'}"));
    }

    @Test
    void fillsNestedModelsAndEachArrayElement() {
        JsonNode filled = ORDER.withDefaults(json(
                "{priority: 1, channel: 'a', items: [{sku: 'x'}, {sku: 'y', quantity: 3}], gift: {sku: 'z'}}"));
        assertSameJson(filled,
                "{priority: 1, channel: 'a', items: [{sku: 'x', quantity: 1}, {sku: 'y', quantity: 3}],"
                        + " gift: {sku: 'z', quantity: 1}}");
    }

    @Test
    void fillsADefaultMissingOnlyInOneArrayElement() {
        assertSameJson(ORDER.withDefaults(json("{priority: 1, channel: 'a', items: [{sku: 'x'}]}")),
                "{priority: 1, channel: 'a', items: [{sku: 'x', quantity: 1}]}");
        assertSameJson(ORDER.withDefaults(json("{priority: 1, channel: 'a', items: [{sku: 'x', quantity: 2}, {sku: 'y'}]}")),
                "{priority: 1, channel: 'a', items: [{sku: 'x', quantity: 2}, {sku: 'y', quantity: 1}]}");
    }

    @Test
    void fillsADefaultMissingOnlyInANestedModel() {
        assertSameJson(ORDER.withDefaults(json("{priority: 1, channel: 'a', gift: {sku: 'z'}}")),
                "{priority: 1, channel: 'a', gift: {sku: 'z', quantity: 1}}");
    }

    @Test
    void returnsACompletePayloadWithNestedModelsAsItIs() {
        JsonNode complete = json("{priority: 1, channel: 'a', items: [{sku: 'x', quantity: 2}, {sku: 'y', quantity: 3}],"
                + " gift: {sku: 'z', quantity: 4}}");

        assertThat(ORDER.withDefaults(complete)).isSameAs(complete);
    }

    @Test
    void leavesTheOriginalAloneAndReturnsItWhenNothingIsMissing() {
        JsonNode sent = json("{items: [{sku: 'x'}]}");
        JsonNode filled = ORDER.withDefaults(sent);
        assertThat(sent).isEqualTo(json("{items: [{sku: 'x'}]}"));
        assertThat(filled).isNotSameAs(sent);

        JsonNode complete = json("{priority: 1, channel: 'a', items: [{sku: 'x', quantity: 2}]}");
        assertThat(ORDER.withDefaults(complete)).isSameAs(complete);
    }

    @Test
    void leavesNonObjectsAndNullNestedValuesAlone() {
        JsonNode text = json("'text'");
        assertThat(ORDER.withDefaults(text)).isSameAs(text);
        assertThat(ORDER.withDefaults(json("{priority: 1, channel: 'a', gift: null}")))
                .isEqualTo(json("{priority: 1, channel: 'a', gift: null}"));
    }

    @Test
    void aDefaultIsCopiedSoFillingTwiceSharesNothing() {
        Model withObjectDefault = Model.builder("Settings")
                .field(Field.optional("tags", Scalar.JSON_OBJECT).defaultValue(json("{a: 1}")))
                .build();
        JsonNode first = withObjectDefault.withDefaults(json("{}"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("tags")).put("b", 2);
        assertThat(withObjectDefault.withDefaults(json("{}"))).isEqualTo(json("{tags: {a: 1}}"));
    }

    /** Compares the JSON text: a declared default is a long, a parsed small number an int. */
    private static void assertSameJson(JsonNode actual, String expected) {
        assertThat(actual.toString()).isEqualTo(json(expected).toString());
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
