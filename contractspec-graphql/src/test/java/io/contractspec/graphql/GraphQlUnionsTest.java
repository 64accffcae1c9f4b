package io.contractspec.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.rest.RestServer;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Output unions of models are GraphQL unions resolved per value; other unions and maps travel as JSON. */
class GraphQlUnionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Model CAT = Model.builder("Cat").required("kind", Scalar.STRING).required("lives", Scalar.INT).build();
    private static final Model DOG = Model.builder("Dog").required("kind", Scalar.STRING).required("breed", Scalar.STRING).build();
    private static final Union PET = Union.builder("Pet").description("A cat or a dog.").discriminator("kind")
            .variant("cat", CAT).variant("dog", DOG).build();
    private static final Union SHAPE = Union.builder("Shape").variant(
            Model.builder("Circle").required("radius", Scalar.FLOAT).build()).variant(
            Model.builder("Square").required("side", Scalar.INT).build()).build();
    private static final Union ID_OR_NAME = Union.builder("IdOrName").variant(Scalar.INT).variant(Scalar.STRING).build();
    private static final Model HOUSEHOLD = Model.builder("Household")
            .field(Field.required("pets", PET).array())
            .required("shape", SHAPE)
            .required("owner", ID_OR_NAME)
            .field(Field.required("ages", Scalar.INT).map())
            .field(Field.optional("notes", Scalar.STRING).array().nullableItems())
            .build();
    private static final OperationSpec GET = OperationSpec.query("home.household.get", "1.0.0").owners("@home")
            .description("The household.").goal("Show it.").context("Anyone.")
            .input(Model.builder("HouseholdInput").required("owner", ID_OR_NAME).build())
            .output(HOUSEHOLD).policy(Policy.auth(AuthLevel.ANONYMOUS)).build();
    private static final ContractRegistry REGISTRY = ContractRegistry.builder().register(GET).build();

    private RestServer server;

    @BeforeEach
    void start() {
        OperationExecutor executor = OperationExecutor.builder(REGISTRY).handlers(bindings -> bindings
                .bind(GET, (input, context) -> json("{'pets':[{'kind':'cat','lives':9},{'kind':'dog','breed':'pug'}],"
                        + "'shape':{'side':2},'owner':" + input.get("owner") + ",'ages':{'ann':3},'notes':['a',null]}")))
                .build();
        GraphQlSurface graphql = GraphQlSurface.create(executor);
        server = RestServer.create(executor, config -> config.javalin(graphql::mount)).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void projectsUnionsOfModelsAsUnionTypesAndTheRestAsJson() {
        String sdl = GraphQlSchemas.sdl(REGISTRY);

        assertThat(sdl).contains("\"A cat or a dog.\"\nunion Pet = Cat | Dog", "union Shape = Circle | Square",
                "pets: [Pet!]!", "shape: Shape!", "owner: JSON!", "ages: JSONObject!", "notes: [String]",
                "input HouseholdInput {", "owner: JSON!");
    }

    @Test
    void resolvesEachValueToItsVariantByDiscriminatorOrByShape() throws Exception {
        JsonNode body = post("query { homeHouseholdGet(input: {owner: \"ann\"}) { pets { __typename "
                + "... on Cat { lives } ... on Dog { breed } } shape { __typename ... on Square { side } } owner ages notes } }");

        JsonNode household = body.at("/data/homeHouseholdGet");
        assertThat(household.at("/pets/0/__typename").asText()).as(body.toString()).isEqualTo("Cat");
        assertThat(household.at("/pets/0/lives").asInt()).isEqualTo(9);
        assertThat(household.at("/pets/1/__typename").asText()).isEqualTo("Dog");
        assertThat(household.at("/pets/1/breed").asText()).isEqualTo("pug");
        assertThat(household.at("/shape/__typename").asText()).isEqualTo("Square");
        assertThat(household.at("/owner").asText()).isEqualTo("ann");
        assertThat(household.at("/ages/ann").asInt()).isEqualTo(3);
        assertThat(household.at("/notes/1").isNull()).isTrue();
    }

    @Test
    void checksAnInputUnionAgainstTheContract() throws Exception {
        JsonNode body = post("query { homeHouseholdGet(input: {owner: true}) { owner } }");

        assertThat(body.at("/errors/0/extensions/code").asText()).as(body.toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.at("/errors/0/extensions/issues/0/path").asText()).isEqualTo("owner");
        assertThat(body.at("/errors/0/extensions/issues/0/message").asText()).contains("IdOrName");
    }

    private JsonNode post(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
