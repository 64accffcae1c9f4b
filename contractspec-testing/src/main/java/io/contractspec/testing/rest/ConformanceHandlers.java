package io.contractspec.testing.rest;

import static io.contractspec.core.Contracts.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.runtime.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The handlers of {@link ConformanceContracts}, each counting its invocations so that a test can
 * prove a rejected request never reached its handler. Bind them with
 * {@code OperationExecutor.builder(ConformanceContracts.REGISTRY).handlers(handlers)}, or hand this
 * object to whatever collects an adapter's handlers.
 */
@PublicApi
public final class ConformanceHandlers implements Consumer<HandlerBindings.Builder> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** How often the handler of the operation ran. */
    public int calls(OperationSpec operation) {
        return counter(operation).get();
    }

    @Override
    public void accept(HandlerBindings.Builder handlers) {
        handlers.bind(ConformanceContracts.LIST, counted(ConformanceContracts.LIST, (input, context) ->
                JSON.objectNode().set("input", input)));
        handlers.bind(ConformanceContracts.GET_ITEM, counted(ConformanceContracts.GET_ITEM, (input, context) -> {
            int id = input.get("itemId").asInt();
            if (id == 404) {
                throw new ContractException("NOT_FOUND", "No item " + id + ".");
            }
            return ((ObjectNode) json("{name: 'item'}")).put("id", id);
        }));
        handlers.bind(ConformanceContracts.CREATE, counted(ConformanceContracts.CREATE, (input, context) ->
                ((ObjectNode) json("{id: 1}")).put("name", input.get("name").asText())));
        handlers.bind(ConformanceContracts.ARCHIVE, counted(ConformanceContracts.ARCHIVE, (input, context) -> {
            ObjectNode item = JSON.objectNode().put("id", input.get("itemId").asInt()).put("name", "archived");
            item.putArray("tags").add(input.path("reason").asText("none"));
            return item.put("status", "archived");
        }));
        handlers.bind(ConformanceContracts.PURGE, counted(ConformanceContracts.PURGE, (input, context) -> json("{purged: 3}")));
        handlers.bind(ConformanceContracts.PING, counted(ConformanceContracts.PING, (input, context) -> json("{pong: true}")));
        handlers.bind(ConformanceContracts.BETA, counted(ConformanceContracts.BETA, (input, context) -> json("{pong: true}")));
        handlers.bind(ConformanceContracts.EXPLODE, counted(ConformanceContracts.EXPLODE, (input, context) -> {
            throw new IllegalStateException("database password is hunter2 at com.example.Secret");
        }));
        handlers.bind(ConformanceContracts.WHOAMI, counted(ConformanceContracts.WHOAMI, (input, context) -> {
            Principal principal = context.requirePrincipal();
            ObjectNode who = JSON.objectNode().put("userId", principal.userId())
                    .put("organizationId", principal.organizationId());
            principal.roles().stream().sorted().forEach(who.putArray("roles")::add);
            principal.permissions().stream().sorted().forEach(who.putArray("permissions")::add);
            return who;
        }));
    }

    private OperationHandler counted(OperationSpec operation, OperationHandler handler) {
        AtomicInteger counter = counter(operation);
        return (input, context) -> {
            counter.incrementAndGet();
            return handler.handle(input, context);
        };
    }

    private AtomicInteger counter(OperationSpec operation) {
        return calls.computeIfAbsent(operation.ref().toString(), key -> new AtomicInteger());
    }
}
