package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.core.Contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.runtime.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The test registry served for real on a free port, with handlers that count their invocations so
 * tests can prove that a rejected request changed nothing.
 */
final class TestApp implements AutoCloseable {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final RestServer server;
    final ConformanceHttp http;

    private TestApp(Consumer<RestConfig> config) {
        OperationExecutor executor = OperationExecutor.builder(TestContracts.REGISTRY).handlers(this::bind).build();
        this.server = RestServer.create(executor, config).start(0);
        this.http = new ConformanceHttp(server.port());
    }

    static TestApp start() {
        return new TestApp(config -> {});
    }

    static TestApp start(Consumer<RestConfig> config) {
        return new TestApp(config);
    }

    /** How often the handler of the operation ran. */
    int calls(OperationSpec operation) {
        return counter(operation).get();
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void bind(HandlerBindings.Builder handlers) {
        handlers.bind(TestContracts.LIST, counted(TestContracts.LIST, (input, context) ->
                JSON.objectNode().set("input", input)));
        handlers.bind(TestContracts.GET_ITEM, counted(TestContracts.GET_ITEM, (input, context) -> {
            int id = input.get("itemId").asInt();
            if (id == 404) {
                throw new ContractException("NOT_FOUND", "No item " + id + ".");
            }
            return ((ObjectNode) json("{name: 'item'}")).put("id", id);
        }));
        handlers.bind(TestContracts.CREATE, counted(TestContracts.CREATE, (input, context) ->
                ((ObjectNode) json("{id: 1}")).put("name", input.get("name").asText())));
        handlers.bind(TestContracts.ARCHIVE, counted(TestContracts.ARCHIVE, (input, context) -> {
            ObjectNode item = JSON.objectNode().put("id", input.get("itemId").asInt()).put("name", "archived");
            item.putArray("tags").add(input.path("reason").asText("none"));
            return item.put("status", "archived");
        }));
        handlers.bind(TestContracts.PURGE, counted(TestContracts.PURGE, (input, context) -> json("{purged: 3}")));
        handlers.bind(TestContracts.PING, counted(TestContracts.PING, (input, context) -> json("{pong: true}")));
        handlers.bind(TestContracts.BETA, counted(TestContracts.BETA, (input, context) -> json("{pong: true}")));
        handlers.bind(TestContracts.EXPLODE, counted(TestContracts.EXPLODE, (input, context) -> {
            throw new IllegalStateException("database password is hunter2 at com.example.Secret");
        }));
        handlers.bind(TestContracts.WHOAMI, counted(TestContracts.WHOAMI, (input, context) -> {
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

    @Override
    public void close() {
        server.stop();
    }

    static JsonNode input(ConformanceHttp.Reply reply) {
        return reply.json().get("input");
    }
}
