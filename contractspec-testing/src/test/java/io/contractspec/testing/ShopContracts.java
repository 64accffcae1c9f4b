package io.contractspec.testing;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;

/** A small shop: placing an order (two examples, one failing; an event; two scenarios) and reading it. */
final class ShopContracts {

    static final EnumType ORDER_STATUS = EnumType.of("OrderStatus", "placed", "shipped");

    static final Model PLACE_ORDER_INPUT = Model.builder("PlaceOrderInput")
            .required("sku", Scalar.NON_EMPTY_STRING)
            .required("quantity", Scalar.INT)
            .build();

    static final Model ORDER = Model.builder("Order")
            .required("id", Scalar.ID)
            .required("sku", Scalar.STRING)
            .required("quantity", Scalar.INT)
            .required("status", ORDER_STATUS)
            .required("total", Scalar.FLOAT)
            .required("placedAt", Scalar.DATE_TIME)
            .build();

    static final Model GET_ORDER_INPUT = Model.builder("GetOrderInput").required("orderId", Scalar.ID).build();

    static final EventSpec ORDER_PLACED = event("shop.order.placed", "1.0.0")
            .stability(Stability.STABLE).owners("@shop")
            .payload(Model.builder("OrderPlaced")
                    .required("orderId", Scalar.ID)
                    .required("sku", Scalar.STRING)
                    .required("quantity", Scalar.INT)
                    .build())
            .build();

    /** Registered, but no operation declares it. */
    static final EventSpec STOCK_RESERVED = event("shop.stock.reserved", "1.0.0")
            .stability(Stability.STABLE).owners("@shop")
            .payload(Model.builder("StockReserved").required("sku", Scalar.STRING).build())
            .build();

    static final OperationSpec PLACE = placeOrder().build();

    static final OperationSpec GET = query("shop.order.get", "1.0.0")
            .stability(Stability.STABLE).owners("@shop")
            .description("Reads an order of the caller's organization.")
            .input(GET_ORDER_INPUT).output(ORDER)
            .policy(auth(AuthLevel.USER))
            .example("get-normal", json("{orderId: 'ord-1'}"), json("{id: 'ord-1', status: 'placed'}"))
            .build();

    static final ContractRegistry REGISTRY = ContractRegistry.builder()
            .register(PLACE, GET, ORDER_PLACED, STOCK_RESERVED)
            .build();

    private ShopContracts() {}

    /** The place-order command, for tests that build variants of it. */
    static OperationBuilder placeOrder() {
        return placeOrderWithoutEmits().emits(ORDER_PLACED, "An order is placed");
    }

    /** The place-order command without its declared event. */
    static OperationBuilder placeOrderWithoutEmits() {
        return command("shop.order.place", "1.0.0")
                .stability(Stability.STABLE).owners("@shop")
                .description("Places an order for an item in stock.")
                .input(PLACE_ORDER_INPUT).output(ORDER)
                .policy(auth(AuthLevel.USER))
                .error("OUT_OF_STOCK", 409, "not enough items are in stock")
                .scenario("place-order-happy-path", given("The item is in stock"),
                        when("A customer orders two"), then("The order is placed", "OrderPlaced is published"))
                .scenario("place-order-out-of-stock", given("Fewer items are in stock than ordered"),
                        when("A customer orders them"), then("The order is refused with OUT_OF_STOCK"))
                .example("place-normal", json("{sku: 'book', quantity: 2}"),
                        json("{sku: 'book', quantity: 2, status: 'placed', total: 20, placedAt: '2025-01-01T00:00:00Z'}"))
                .exampleError("place-out-of-stock", json("{sku: 'book', quantity: 1000}"), "OUT_OF_STOCK");
    }
}
