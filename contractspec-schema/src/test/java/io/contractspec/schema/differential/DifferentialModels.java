package io.contractspec.schema.differential;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import java.math.BigDecimal;
import java.util.List;

/**
 * Models that together use every scalar, enums, nested models, arrays of models, every
 * optional/nullable/array combination, every constraint kind and unknown-field policy, unions,
 * maps and constants.
 */
public final class DifferentialModels {

    private DifferentialModels() {}

    public static final EnumType STATUS = EnumType.builder("Status").description("Where an order is.")
            .value("DRAFT").value("PLACED", "Sent to the warehouse.").value("SHIPPED").value("CANCELLED").build();

    public static final EnumType ROLE = EnumType.of("Role", "admin", "editor", "viewer");

    /** Every scalar as a required value, an optional nullable value and an optional array. */
    public static final Model EVERY_SCALAR = everyScalar();

    public static final Model GEO_POINT = Model.builder("GeoPoint")
            .required("lat", Scalar.LATITUDE)
            .field(Field.required("lon", Scalar.LONGITUDE).minimum(-20).maximum(new BigDecimal("45.5")))
            .build();

    public static final Model ADDRESS = Model.builder("Address")
            .required("street", Scalar.STRING)
            .required("city", Scalar.NON_EMPTY_STRING)
            .field(Field.required("zip", Scalar.STRING).pattern("^[0-9]{4,5}$").defaultValue("8001"))
            .required("country", Scalar.COUNTRY_CODE)
            .field(Field.optional("location", GEO_POINT).nullable())
            .build();

    public static final Model CUSTOMER = Model.builder("Customer")
            .field(Field.required("name", Scalar.NON_EMPTY_STRING).minLength(2).maxLength(40))
            .optional("email", Scalar.EMAIL_ADDRESS)
            .field(Field.optional("phone", Scalar.PHONE_NUMBER).nullable())
            .required("address", ADDRESS)
            .field(Field.optional("roles", ROLE).array().minItems(1).maxItems(3))
            .build();

    /** Open for extension: unknown fields are accepted at every level. */
    public static final Model ATTRIBUTE = Model.builder("Attribute").allowUnknownFields()
            .field(Field.required("name", Scalar.NON_EMPTY_STRING).maxLength(10))
            .field(Field.required("value", Scalar.JSON).nullable())
            .build();

    public static final Model LINE_ITEM = Model.builder("LineItem")
            .field(Field.required("sku", Scalar.NON_EMPTY_STRING).pattern("^[A-Z]{2}-[0-9]{3}$").defaultValue("AB-123"))
            .field(Field.required("quantity", Scalar.INT).minimum(1).maximum(1000))
            .field(Field.required("unitPrice", Scalar.FLOAT).minimum(new BigDecimal("0.01")))
            .field(Field.optional("discount", Scalar.FLOAT).nullable().minimum(0).maximum(new BigDecimal("0.5")))
            .optional("note", Scalar.STRING)
            .field(Field.optional("attributes", ATTRIBUTE).array().maxItems(4))
            .build();

    public static final Model ORDER = Model.builder("Order").description("A customer order.")
            .field(Field.required("id", Scalar.ID).pattern("^ord-[0-9]+$").defaultValue("ord-1"))
            .required("status", STATUS)
            .field(Field.optional("previousStatus", STATUS).nullable())
            .field(Field.optional("priority", Scalar.INT).minimum(1).maximum(5).defaultValue(3))
            .field(Field.required("total", Scalar.FLOAT).minimum(0).maximum(new BigDecimal("999999.99")))
            .required("currency", Scalar.CURRENCY)
            .required("customer", CUSTOMER)
            .field(Field.required("lines", LINE_ITEM).array().minItems(1).maxItems(5))
            .field(Field.optional("tags", Scalar.STRING).array().nullable().maxItems(4).minLength(1).maxLength(8))
            .field(Field.optional("notes", Scalar.STRING).nullable().maxLength(20))
            .optional("metadata", Scalar.JSON_OBJECT)
            .field(Field.optional("shipTo", ADDRESS).nullable())
            .field(Field.optional("placedAt", Scalar.DATE_TIME).nullable())
            .build();

    /** Bounds at the edges: negative, fractional, one-sided, at the 64-bit limit, and zero lengths. */
    public static final Model EDGES = Model.builder("Edges")
            .field(Field.required("negative", Scalar.INT).minimum(-10).maximum(-1))
            .field(Field.required("fraction", Scalar.FLOAT).minimum(new BigDecimal("0.125")).maximum(new BigDecimal("2.5")))
            .field(Field.optional("atLeast", Scalar.INT).minimum(0))
            .field(Field.optional("atMost", Scalar.FLOAT).maximum(new BigDecimal("-0.5")))
            .field(Field.optional("huge", Scalar.INT).minimum(Long.MAX_VALUE - 10).maximum(Long.MAX_VALUE))
            .field(Field.optional("empty", Scalar.STRING).maxLength(0))
            .field(Field.optional("emoji", Scalar.STRING).minLength(2).maxLength(3))
            .field(Field.optional("contains", Scalar.STRING).pattern("es").defaultValue("expression"))
            .field(Field.optional("colour", Scalar.STRING).pattern("^(red|green)$").defaultValue("green"))
            .field(Field.optional("nearLatitudeEdge", Scalar.LATITUDE).minimum(-100).maximum(new BigDecimal("89.9")))
            .field(Field.optional("exactlyTwo", Scalar.BOOLEAN).array().minItems(2).maxItems(2))
            .field(Field.optional("matrixRows", ROLE).array().nullable().minItems(0))
            .build();

    public static final Model CARD = Model.builder("Card")
            .field(Field.required("method", Scalar.STRING).constant("card"))
            .field(Field.required("number", Scalar.STRING).pattern("^[0-9]{16}$").defaultValue("4111111111111111"))
            .build();

    public static final Model TRANSFER = Model.builder("Transfer")
            .required("method", Scalar.STRING)
            .field(Field.required("iban", Scalar.NON_EMPTY_STRING).maxLength(34))
            .field(Field.optional("reference", Scalar.STRING).nullable())
            .build();

    /** Selected by the tag in {@code method}; Transfer does not pin the tag itself. */
    public static final Union PAYMENT = Union.builder("Payment").discriminator("method")
            .variant("card", CARD).variant("transfer", TRANSFER).build();

    /** Tried variant by variant: a number or a role, exactly one. */
    public static final Union AMOUNT_OR_ROLE = Union.builder("AmountOrRole")
            .variant(Scalar.INT).variant(ROLE).build();

    /** Inclusive (anyOf): at least one variant must match. */
    public static final Union CARD_OR_GEO = Union.builder("CardOrGeo").inclusive()
            .variant(CARD).variant(GEO_POINT).build();

    /** Unions, maps, constants and nullable items together. */
    public static final Model POLYMORPHIC = Model.builder("Polymorphic")
            .required("payment", PAYMENT)
            .field(Field.optional("payments", PAYMENT).array().maxItems(2))
            .field(Field.optional("amountOrRole", AMOUNT_OR_ROLE).nullable())
            .optional("cardOrGeo", CARD_OR_GEO)
            .field(Field.optional("labels", Scalar.STRING).map().maxItems(3).maxLength(5))
            .field(Field.optional("places", GEO_POINT).map().nullableItems())
            .field(Field.optional("scores", Scalar.INT).array().nullableItems().minimum(0))
            .field(Field.required("version", Scalar.INT).constant(JsonNodeFactory.instance.numberNode(2)))
            .build();

    /** Everything optional and unknown fields allowed, so that almost any object passes. */
    public static final Model OPEN = Model.builder("Open").allowUnknownFields()
            .optional("anything", Scalar.JSON)
            .field(Field.optional("attributes", ATTRIBUTE).array().nullable())
            .optional("role", ROLE)
            .build();

    /** No fields at all: only unknown fields and wrong kinds can be wrong. */
    public static final Model EMPTY = Model.builder("Empty").build();

    public static List<Model> all() {
        return List.of(EVERY_SCALAR, ORDER, EDGES, OPEN, EMPTY, CUSTOMER, LINE_ITEM, POLYMORPHIC);
    }

    private static Model everyScalar() {
        Model.Builder builder = Model.builder("EveryScalar");
        for (Scalar scalar : Scalar.all()) {
            builder.required("one" + scalar.name(), scalar);
            builder.field(Field.optional("maybe" + scalar.name(), scalar).nullable());
            builder.field(Field.optional("many" + scalar.name(), scalar).array());
        }
        return builder.build();
    }
}
