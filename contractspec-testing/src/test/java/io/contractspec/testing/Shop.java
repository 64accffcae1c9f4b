package io.contractspec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.OperationHandler;
import java.util.HashMap;
import java.util.Map;

/** The shop's in-memory state and handlers: ten books at 10.00 each; orders scoped by organization. */
final class Shop {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, Integer> stock = new HashMap<>(Map.of("book", 10));
    private final Map<String, ObjectNode> orders = new HashMap<>();
    private final Map<String, String> organizationOf = new HashMap<>();

    /** An executor over a fresh shop with the standard handlers. */
    static OperationExecutor executor() {
        return new Shop().executor(ShopContracts.REGISTRY);
    }

    /** An executor over this shop's state, with the standard handlers, for the given registry. */
    OperationExecutor executor(ContractRegistry registry) {
        return executor(registry, this::place);
    }

    /** An executor whose place-order handler is the given one; reading orders only if the registry has it. */
    OperationExecutor executor(ContractRegistry registry, OperationHandler placeHandler) {
        return OperationExecutor.builder(registry)
                .handlers(handlers -> {
                    handlers.bind(ShopContracts.PLACE.ref(), placeHandler);
                    if (registry.operation(ShopContracts.GET.ref()).isPresent()) {
                        handlers.bind(ShopContracts.GET.ref(), this::get);
                    }
                })
                .build();
    }

    JsonNode place(JsonNode input, HandlerContext context) {
        String sku = input.get("sku").asText();
        int quantity = input.get("quantity").asInt();
        int available = stock.getOrDefault(sku, 0);
        if (quantity > available) {
            throw new ContractException("OUT_OF_STOCK", "Only " + available + " of " + sku + " in stock.");
        }
        stock.put(sku, available - quantity);
        String id = "ord-" + (orders.size() + 1);
        ObjectNode order = JSON.objectNode()
                .put("id", id).put("sku", sku).put("quantity", quantity).put("status", "placed")
                .put("total", quantity * 10.0).put("placedAt", context.now().toString());
        orders.put(id, order);
        organizationOf.put(id, context.requirePrincipal().organizationId());
        context.emit(ShopContracts.ORDER_PLACED, JSON.objectNode().put("orderId", id).put("sku", sku).put("quantity", quantity));
        return order;
    }

    JsonNode get(JsonNode input, HandlerContext context) {
        String id = input.get("orderId").asText();
        if (!orders.containsKey(id) || !organizationOf.get(id).equals(context.requirePrincipal().organizationId())) {
            throw new ContractException(StandardCode.NOT_FOUND, "No order " + id + ".");
        }
        return orders.get(id);
    }
}
