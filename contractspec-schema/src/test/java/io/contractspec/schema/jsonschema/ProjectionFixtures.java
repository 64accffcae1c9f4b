package io.contractspec.schema.jsonschema;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.math.BigDecimal;

/** A small model with an enum, a nested model, bounds, a default, a nullable pattern field and an array. */
final class ProjectionFixtures {

    static final EnumType SIZE = EnumType.builder("Size").description("Cup size.").value("SMALL").value("LARGE").build();

    static final Model EXTRA = Model.builder("Extra").required("name", Scalar.STRING).build();

    static final Model COFFEE_ORDER = Model.builder("CoffeeOrder").description("One coffee.")
            .field(Field.required("size", SIZE).description("How big."))
            .field(Field.optional("sugar", Scalar.FLOAT).minimum(0).maximum(new BigDecimal("2.5")).defaultValue(0))
            .field(Field.optional("note", Scalar.STRING).nullable().maxLength(40).pattern("^[^<>]*$"))
            .field(Field.optional("extras", EXTRA).array().maxItems(3))
            .required("takeaway", Scalar.BOOLEAN)
            .build();

    private ProjectionFixtures() {}
}
