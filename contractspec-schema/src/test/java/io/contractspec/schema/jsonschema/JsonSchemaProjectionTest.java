package io.contractspec.schema.jsonschema;

import static io.contractspec.schema.jsonschema.ProjectionFixtures.COFFEE_ORDER;
import static io.contractspec.schema.jsonschema.ProjectionFixtures.EXTRA;
import static io.contractspec.schema.jsonschema.ProjectionFixtures.SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaProjectionTest {

    @Test
    void definesEachNamedTypeOnceSortedByName() {
        Model address = Model.builder("Address").required("city", Scalar.STRING).build();
        Model sameAddressBuiltAgain = Model.builder("Address").required("city", Scalar.STRING).build();
        Model customer = Model.builder("Customer").required("home", address).optional("size", SIZE).build();
        Model order = Model.builder("Order")
                .required("customer", customer)
                .required("billing", address)
                .field(Field.optional("shipping", sameAddressBuiltAgain).array())
                .required("size", SIZE)
                .build();

        ObjectNode document = JsonSchemaProjection.of(order);

        assertThat(fieldNames(document.get("$defs"))).containsExactly("Address", "Customer", "Size");
        assertThat(document.at("/properties/billing/$ref").asText()).isEqualTo("#/$defs/Address");
        assertThat(document.at("/properties/shipping/items/$ref").asText()).isEqualTo("#/$defs/Address");
        assertThat(document.at("/$defs/Customer/properties/home/$ref").asText()).isEqualTo("#/$defs/Address");
    }

    @Test
    void rejectsTwoDifferentTypesWithOneNameNamingBothPlaces() {
        Model address = Model.builder("Address").required("city", Scalar.STRING).build();
        Model otherAddress = Model.builder("Address").required("street", Scalar.STRING).build();
        Model customer = Model.builder("Customer").required("home", otherAddress).build();
        Model order = Model.builder("Order").required("billing", address).required("customer", customer).build();

        assertThatThrownBy(() -> JsonSchemaProjection.of(order))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Address'")
                .hasMessageContaining("Order.billing")
                .hasMessageContaining("Order.customer.home");
    }

    @Test
    void rejectsAnEnumAndAModelWithOneName() {
        Model sizeModel = Model.builder("Size").required("ml", Scalar.INT).build();
        Model order = Model.builder("Order").required("size", SIZE).required("cup", sizeModel).build();

        assertThatThrownBy(() -> JsonSchemaProjection.of(order))
                .hasMessageContaining("enum at Order.size")
                .hasMessageContaining("model at Order.cup");
    }

    @Test
    void putsFieldAnnotationsAndConstraintsBesideRef() {
        Model order = Model.builder("Order")
                .field(Field.optional("size", SIZE).description("Cup size.").defaultValue("SMALL"))
                .build();

        JsonNode size = JsonSchemaProjection.of(order).at("/properties/size");

        assertThat(size.toString()).isEqualTo("{\"description\":\"Cup size.\",\"$ref\":\"#/$defs/Size\",\"default\":\"SMALL\"}");
    }

    @Test
    void statesNullabilityInTypeWhenSimpleAndWithAnyOfAroundRefs() {
        Model order = Model.builder("Order")
                .field(Field.required("size", SIZE).nullable())
                .field(Field.required("extra", EXTRA).nullable().description("Optional extra."))
                .field(Field.required("tags", Scalar.STRING).array().nullable().minItems(1))
                .field(Field.required("anything", Scalar.JSON).nullable())
                .build();

        ObjectNode properties = (ObjectNode) JsonSchemaProjection.of(order).get("properties");

        assertThat(properties.get("size").toString())
                .isEqualTo("{\"anyOf\":[{\"$ref\":\"#/$defs/Size\"},{\"type\":\"null\"}]}");
        assertThat(properties.get("extra").toString()).isEqualTo(
                "{\"description\":\"Optional extra.\",\"anyOf\":[{\"$ref\":\"#/$defs/Extra\"},{\"type\":\"null\"}]}");
        assertThat(properties.get("tags").toString())
                .isEqualTo("{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"},\"minItems\":1}");
        assertThat(properties.get("anything").toString()).isEqualTo("{}");
    }

    @Test
    void rejectsNullForJsonValuesThatAreNotNullable() {
        Model event = Model.builder("Event")
                .required("payload", Scalar.JSON)
                .field(Field.required("history", Scalar.JSON).array())
                .build();

        ObjectNode properties = (ObjectNode) JsonSchemaProjection.of(event).get("properties");

        assertThat(properties.get("payload").toString()).isEqualTo("{\"not\":{\"type\":\"null\"}}");
        assertThat(properties.get("history").toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"not\":{\"type\":\"null\"}}}");
    }

    @Test
    void omitsAdditionalPropertiesWhenUnknownFieldsAreAllowed() {
        Model open = Model.builder("Open").allowUnknownFields().optional("name", Scalar.STRING).build();

        ObjectNode document = JsonSchemaProjection.of(open);

        assertThat(document.has("additionalProperties")).isFalse();
        assertThat(document.has("required")).isFalse();
        assertThat(document.has("$defs")).isFalse();
    }

    @Test
    void writesIntegralBoundsAsIntegersAndFractionalBoundsExactly() {
        Model model = Model.builder("Bounds")
                .field(Field.required("count", Scalar.INT).minimum(new BigDecimal("1.000")).maximum(Long.MAX_VALUE))
                .field(Field.required("ratio", Scalar.FLOAT).minimum(new BigDecimal("-0.125")).maximum(new BigDecimal("1E+3")))
                .build();

        ObjectNode properties = (ObjectNode) JsonSchemaProjection.of(model).get("properties");

        assertThat(properties.at("/count/minimum").toString()).isEqualTo("1");
        assertThat(properties.at("/count/maximum").toString()).isEqualTo("9223372036854775807");
        assertThat(properties.at("/ratio/minimum").toString()).isEqualTo("-0.125");
        assertThat(properties.at("/ratio/maximum").toString()).isEqualTo("1000");
    }

    @Test
    void namedSchemasUseTheRequestedRefStyleAndIncludeTheModels() {
        Model receipt = Model.builder("Receipt").required("order", COFFEE_ORDER).required("size", SIZE).build();

        var schemas = JsonSchemaProjection.namedSchemas(List.of(receipt, COFFEE_ORDER), SchemaRefStyle.OPENAPI_COMPONENTS);

        assertThat(schemas.keySet()).containsExactly("CoffeeOrder", "Extra", "Receipt", "Size");
        assertThat(schemas.get("Receipt").at("/properties/order/$ref").asText())
                .isEqualTo("#/components/schemas/CoffeeOrder");
        assertThat(schemas.get("CoffeeOrder").at("/properties/extras/items/$ref").asText())
                .isEqualTo("#/components/schemas/Extra");
        assertThat(schemas.values()).noneMatch(schema -> schema.has("$schema"));
    }

    @Test
    void namedSchemasRejectNameClashesAcrossModels() {
        Model otherExtra = Model.builder("Extra").required("price", Scalar.FLOAT).build();
        Model bill = Model.builder("Bill").required("extra", otherExtra).build();

        assertThatThrownBy(() -> JsonSchemaProjection.namedSchemas(List.of(COFFEE_ORDER, bill), SchemaRefStyle.DEFS))
                .hasMessageContaining("CoffeeOrder.extras")
                .hasMessageContaining("Bill.extra");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
