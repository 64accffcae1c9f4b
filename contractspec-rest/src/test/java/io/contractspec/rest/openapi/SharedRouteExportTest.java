package io.contractspec.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.RestRoute.Match;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/**
 * Operations that share a method and path and match a header or query value are exported each under
 * {@code path#name=value} (OpenAPI has one operation per method and path; the fragment is never sent)
 * with the parameter required and that one value; HEAD routes take their input from the query.
 */
class SharedRouteExportTest {

    private static final Model OUT = Model.builder("Out").required("done", Scalar.BOOLEAN).build();

    private static final ObjectNode DOCUMENT = OpenApiExporter.export(ContractRegistry.builder()
            .register(OperationSpec.command("test.put", "1.0.0").output(OUT).policy(Policy.auth(AuthLevel.ANONYMOUS))
                    .input(Model.builder("PutIn").required("key", Scalar.STRING).build())
                    .rest(RestRoute.Method.POST, "/", Match.header("X-Amz-Target", "Store.Put")).build())
            .register(OperationSpec.command("test.get", "1.0.0").output(OUT).policy(Policy.auth(AuthLevel.ANONYMOUS))
                    .rest(RestRoute.Method.POST, "/", Match.header("X-Amz-Target", "Store.Get")).build())
            .register(OperationSpec.query("test.exists", "1.0.0").output(OUT).policy(Policy.auth(AuthLevel.ANONYMOUS))
                    .input(Model.builder("ExistsIn").required("id", Scalar.STRING).optional("tag", Scalar.STRING).build())
                    .rest(RestRoute.Method.HEAD, "/things/{id}").build())
            .build(), OpenApiOptions.defaults());

    @Test
    void exportsEachSharedOperationUnderItsValueWithTheParameterRequired() {
        JsonNode put = DOCUMENT.path("paths").path("/#X-Amz-Target=Store.Put").path("post");
        JsonNode target = put.path("parameters").get(0);
        assertThat(target.path("name").asText()).isEqualTo("X-Amz-Target");
        assertThat(target.path("in").asText()).isEqualTo("header");
        assertThat(target.path("required").asBoolean()).isTrue();
        assertThat(target.path("schema").path("enum").toString()).isEqualTo("[\"Store.Put\"]");
        assertThat(put.path("requestBody").isObject()).isTrue();
        assertThat(DOCUMENT.path("paths").path("/#X-Amz-Target=Store.Get").path("post").path("parameters").get(0)
                .path("schema").path("enum").toString()).isEqualTo("[\"Store.Get\"]");
        assertThat(DOCUMENT.path("paths").has("/")).isFalse();
        assertThat(OpenApiCheck.parserMessages(DOCUMENT)).isEmpty();
    }

    @Test
    void exportsHeadWithItsInputInTheQuery() {
        JsonNode head = DOCUMENT.path("paths").path("/things/{id}").path("head");
        assertThat(head.path("requestBody").isMissingNode()).isTrue();
        assertThat(head.path("parameters").findValuesAsText("name")).contains("id", "tag");
    }
}
