package io.contractspec.graphql;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** A small registry that exercises every mapping: enums with odd wire values, a model used both ways, scalars, deprecation. */
final class Shop {

    static final EnumType STATUS = EnumType.builder("OrderStatus").description("Where an order is.")
            .value("pending").value("in-progress", "Being packed.").value("request_changes").build();
    static final Model ADDRESS = Model.builder("Address").description("A postal address.")
            .required("street", Scalar.NON_EMPTY_STRING, "Street and number.")
            .required("country", Scalar.COUNTRY_CODE).build();
    static final Model ORDER = Model.builder("Order").description("An order.")
            .required("id", Scalar.ID)
            .required("status", STATUS)
            .required("address", ADDRESS)
            .field(Field.required("quantity", Scalar.INT).minimum(1).maximum(100))
            .optional("total", Scalar.INT)
            .field(Field.optional("tags", Scalar.STRING).array())
            .optional("placedAt", Scalar.DATE_TIME)
            .optional("notes", Scalar.JSON)
            .build();
    static final Model PLACE_INPUT = Model.builder("PlaceOrderInput")
            .required("address", ADDRESS)
            .field(Field.required("quantity", Scalar.INT).minimum(1).maximum(100))
            .optional("email", Scalar.EMAIL_ADDRESS)
            .optional("placedAt", Scalar.DATE_TIME)
            .optional("status", STATUS)
            .optional("notes", Scalar.JSON)
            .build();
    static final Model ID_INPUT = Model.builder("OrderIdInput").required("id", Scalar.ID).build();

    static final EventSpec PLACED = EventSpec.builder("shop.order.placed", "1.0.0").description("An order was placed.")
            .owners("@shop").payload(ORDER).build();
    static final OperationSpec PLACE = OperationSpec.command("shop.order.place", "1.0.0").owners("@shop")
            .description("Place an order.").goal("Sell.").context("Checkout.")
            .input(PLACE_INPUT).output(ORDER).policy(Policy.auth(AuthLevel.USER)).emits(PLACED, "Always").build();
    static final OperationSpec GET = OperationSpec.query("shop.order.get", "1.0.0").owners("@shop")
            .description("One order.").goal("Show it.").context("Anyone.")
            .input(ID_INPUT).output(ORDER).policy(Policy.auth(AuthLevel.ANONYMOUS))
            .error("NOT_FOUND", 404, "no such order").build();
    static final OperationSpec FIND = OperationSpec.query("shop.order.find", "1.0.0").owners("@shop")
            .stability(Stability.DEPRECATED).deprecation(LocalDate.parse("2027-01-01"), SpecRef.of("shop.order.get", "1.0.0"))
            .description("Old lookup.").goal("Show it.").context("Anyone.")
            .input(ID_INPUT).output(ORDER).policy(Policy.auth(AuthLevel.ANONYMOUS)).build();
    static final Model LIST_INPUT = Model.builder("ListOrdersInput")
            .optional("cursor", Scalar.STRING)
            .field(Field.optional("limit", Scalar.INT).minimum(1).maximum(10).defaultValue(2))
            .build();
    static final Model ORDER_PAGE = Model.builder("OrderPage").description("A page of orders.")
            .field(Field.required("orders", ORDER).array())
            .optional("nextCursor", Scalar.STRING)
            .field(Field.required("total", Scalar.INT).minimum(0).maximum(1000))
            .build();
    static final OperationSpec LIST = OperationSpec.query("shop.order.list", "1.0.0").owners("@shop")
            .description("Orders, a page at a time.").goal("Browse.").context("Anyone.")
            .input(LIST_INPUT).output(ORDER_PAGE).policy(Policy.auth(AuthLevel.ANONYMOUS))
            .paginated("cursor", "nextCursor", "limit", "orders").build();
    /** How many orders the list handler has. */
    static final int ORDERS = 5;

    static final ContractRegistry REGISTRY = ContractRegistry.builder().register(PLACED, PLACE, GET, FIND, LIST).build();

    private Shop() {}

    /** An executor whose place handler echoes the input as order {@code o-<n>} and emits it; get knows {@code o-1} only. */
    static OperationExecutor executor() {
        AtomicInteger ids = new AtomicInteger();
        return OperationExecutor.builder(REGISTRY).handlers(bindings -> bindings
                .bind(PLACE, (input, context) -> {
                    ObjectNode order = ((ObjectNode) input.deepCopy()).put("id", "o-" + ids.incrementAndGet());
                    order.remove("email");
                    if (!order.has("status")) {
                        order.put("status", "pending");
                    }
                    context.emit(PLACED, order);
                    return order;
                })
                .bind(GET, (input, context) -> {
                    if (!input.get("id").asText().equals("o-1")) {
                        throw new ContractException(StandardCode.NOT_FOUND, "No order " + input.get("id").asText() + ".");
                    }
                    return order("o-1");
                })
                .bind(FIND, (input, context) -> order(input.get("id").asText()))
                .bind(LIST, (input, context) -> page(input.has("cursor") ? Integer.parseInt(input.get("cursor").asText()
                        .substring("after-".length())) : 0, input.get("limit").asInt())))
                .build();
    }

    /** Orders {@code o-1}…{@code o-5}; a page's cursor is {@code after-<number of orders seen>}. */
    static ObjectNode page(int from, int limit) {
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        int to = Math.min(ORDERS, from + limit);
        for (int i = from; i < to; i++) {
            page.withArray("orders").add(order("o-" + (i + 1)));
        }
        page.withArray("orders");
        if (to < ORDERS) {
            page.put("nextCursor", "after-" + to);
        }
        return page.put("total", ORDERS);
    }

    static ObjectNode order(String id) {
        ObjectNode order = JsonNodeFactory.instance.objectNode().put("id", id).put("status", "in-progress").put("quantity", 2);
        order.putObject("address").put("street", "Bahnhofstrasse 1").put("country", "CH");
        order.putArray("tags").add("gift");
        order.putObject("notes").put("wrap", true);
        return order;
    }
}
