package io.contractspec.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.testing.rest.ConformanceHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A handler answers with a documented response besides the success; the export documents each. */
class RestResponsesTest {

    private static final OperationSpec PUT = OperationSpec.command("shop.cart.put", "1.0.0")
            .input(Model.builder("PutCartInput").required("cartId", Scalar.STRING).build())
            .output(Model.builder("Cart").required("cartId", Scalar.STRING).build())
            .restResponse(201, "the cart did not exist and was created")
            .restResponse(304, "the cart was already like this")
            .rest(RestRoute.Method.PUT, "/carts/{cartId}")
            .policy(Policy.auth(AuthLevel.ANONYMOUS))
            .build();
    private static final ContractRegistry REGISTRY = ContractRegistry.builder().register(PUT).build();
    private static RestServer server;
    private static ConformanceHttp http;

    @BeforeAll
    static void start() {
        OperationExecutor executor = OperationExecutor.builder(REGISTRY).handlers(handlers -> handlers.bind(PUT,
                (input, context) -> {
                    String id = input.get("cartId").asText();
                    switch (id) {
                        case "new" -> context.respondWith(201);
                        case "same" -> context.respondWith(304);
                        case "odd" -> context.respondWith(202);
                        default -> { }
                    }
                    return JsonNodeFactory.instance.objectNode().put("cartId", id);
                })).build();
        server = RestServer.create(executor, config -> {}).start(0);
        http = new ConformanceHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersWithTheSuccessOrTheStatusTheHandlerChose() {
        ConformanceHttp.Reply replaced = http.method("PUT", "/carts/old");
        ConformanceHttp.Reply created = http.method("PUT", "/carts/new");
        ConformanceHttp.Reply unchanged = http.method("PUT", "/carts/same");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("cartId").asText()).isEqualTo("new");
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void anUndocumentedStatusIsTheHandlersMistake() {
        assertProblem(http.method("PUT", "/carts/odd"), 500, "INTERNAL_ERROR");
    }

    @Test
    void theExportDocumentsEachResponseWithTheOutputOrWithoutABody() {
        JsonNode responses = OpenApiExporter.export(REGISTRY, OpenApiOptions.defaults())
                .at("/paths/~1carts~1{cartId}/put/responses");

        assertThat(responses.has("200")).isTrue();
        assertThat(responses.at("/201/description").asText()).isEqualTo("Cart: the cart did not exist and was created.");
        assertThat(responses.at("/201/content/application~1json/schema/$ref").asText()).endsWith("/Cart");
        assertThat(responses.at("/304/description").asText()).isEqualTo("the cart was already like this.");
        assertThat(responses.get("304").has("content")).isFalse();
    }
}
