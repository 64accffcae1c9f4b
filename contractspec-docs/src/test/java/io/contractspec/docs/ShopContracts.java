package io.contractspec.docs;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.capability;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.feature;
import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.core.spec.Stability.DEPRECATED;
import static io.contractspec.core.spec.Stability.STABLE;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small shop whose specs use every part a page can show. Defined here, so tests can cut their source. */
final class ShopContracts {

    static final EnumType ORDER_STATUS = EnumType.of("OrderStatus", "open", "shipped");

    static final Model ORDER_LINE = Model.builder("OrderLine")
            .required("sku", Scalar.NON_EMPTY_STRING, "The product.")
            .field(Field.required("quantity", Scalar.INT).description("How many.").minimum(1).maximum(99))
            .build();

    static final Model PLACE_ORDER_INPUT = Model.builder("PlaceOrderInput")
            .description("What to order.")
            .field(Field.required("lines", ORDER_LINE).array().minItems(1).description("The lines."))
            .field(Field.optional("note", Scalar.STRING).nullable().maxLength(200).description("A note | with a pipe."))
            .field(Field.optional("code", Scalar.STRING).pattern("^[A-Z]{3}$").defaultValue("ABC"))
            .optional("email", Scalar.EMAIL_ADDRESS, "Where to send the receipt.")
            .build();

    static final Model ORDER = Model.builder("Order")
            .description("An order.")
            .required("id", Scalar.ID, "The order's id.")
            .required("status", ORDER_STATUS, "Where it is.")
            .build();

    static final EventSpec ORDER_PLACED = event("shop.order.placed", "1.0.0")
            .stability(STABLE).owners("@shop").tags("shop", "order")
            .description("An order was placed.")
            .payload(ORDER)
            .pii("id")
            .build();

    public static final OperationSpec PLACE_ORDER = command("shop.order.place", "1.0.0")
            .stability(STABLE).owners("@shop", "@payments").tags("shop", "order")
            .description("Place an order.")
            .goal("Buy things.")
            .context("Checkout.")
            .input(PLACE_ORDER_INPUT)
            .output(ORDER)
            .successStatus(201)
            .error("OUT_OF_STOCK", 409, "a product is sold out")
            .policy(auth(USER).roles("buyer").rateLimit(RateLimit.perUser(30)).idempotent(true).pii("email"))
            .emits(ORDER_PLACED, "An order is placed")
            .audit("shop.order.placed")
            .scenario("place-order", given("A product is in stock"), when("A buyer orders it"), then("An order is open"))
            .example("place-one", json("{lines: [{sku: 'tea', quantity: 2}]}"), json("{status: 'open'}"))
            .exampleError("place-sold-out", json("{lines: [{sku: 'gold', quantity: 1}]}"), "OUT_OF_STOCK")
            .build();

    static final OperationSpec GET_ORDER_V1 = query("shop.order.get", "1.0.0")
            .stability(DEPRECATED).owners("@shop")
            .description("Read an order (old).")
            .output(ORDER)
            .deprecation(LocalDate.of(2030, 1, 31), SpecRef.of("shop.order.get", "2.0.0"))
            .build();

    static final OperationSpec GET_ORDER_V2 = query("shop.order.get", "2.0.0")
            .stability(STABLE).owners("@shop")
            .description("Read an order.")
            .output(ORDER)
            .build();

    static final CapabilitySpec ORDERING = capability("shop.ordering", "1.0.0")
            .kind(CapabilitySpec.Kind.API)
            .description("Taking orders.")
            .provides(PLACE_ORDER, ORDER_PLACED)
            .build();

    static final FeatureSpec ORDERS = feature("shop.orders", "1.0.0")
            .title("Orders")
            .description("Everything about orders.")
            .operations(PLACE_ORDER, GET_ORDER_V2)
            .events(ORDER_PLACED)
            .provides(ORDERING.ref())
            .build();

    /** An operation and an event that share a key: their pages must not collide. */
    static final OperationSpec PING = query("shop.ping", "1.0.0").output(ORDER).build();

    static final EventSpec PINGED = event("shop.ping", "1.0.0").payload(ORDER).build();

    private ShopContracts() {}

    static ContractRegistry registry() {
        return ContractRegistry.builder()
                .register(ORDERS, PLACE_ORDER, GET_ORDER_V1, GET_ORDER_V2, ORDER_PLACED, ORDERING, PING, PINGED)
                .build();
    }

    /** The text of a generated file. */
    static String file(GeneratedDocs docs, String path) {
        return new String(docs.content(path).orElseThrow(() -> new AssertionError(path + " was not generated: " + docs)),
                StandardCharsets.UTF_8);
    }

    /** Finds this module's test sources, where the specs above are defined. */
    static DocsOptions withSources() {
        return DocsOptions.builder()
                .sourceResolver(SourceResolver.of(Path.of(""), List.of("src/test/java")))
                .build();
    }
}
