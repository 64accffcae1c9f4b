package io.contractspec.rest;

import static io.contractspec.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryBindingTest {

    private static final String LIST = "/test/items/list/v1.0.0";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode boundInput(String query) {
        Http.Reply reply = app.http.get(LIST + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return TestApp.input(reply);
    }

    @Test
    void coercesTypedQueryParametersToTheFieldTypes() {
        JsonNode input = boundInput("?limit=42&active=true&status=archived&minPrice=2.50");

        assertThat(input.get("limit").isIntegralNumber()).isTrue();
        assertThat(input.get("limit").asInt()).isEqualTo(42);
        assertThat(input.get("active").isBoolean()).isTrue();
        assertThat(input.get("status").asText()).isEqualTo("archived");
        assertThat(input.get("minPrice").decimalValue()).isEqualByComparingTo("2.5");
    }

    @Test
    void bindsRepeatedParametersToAnArrayField() {
        JsonNode input = boundInput("?tags=red&tags=blue%20green&tags=a%2Bb+c");

        assertThat(input.get("tags")).hasSize(3);
        assertThat(input.get("tags").get(1).asText()).isEqualTo("blue green");
        assertThat(input.get("tags").get(2).asText()).isEqualTo("a+b c");
    }

    @Test
    void bindsOneParameterOfAnArrayFieldToAOneItemArray() {
        assertThat(boundInput("?tags=solo").get("tags").get(0).asText()).isEqualTo("solo");
    }

    @Test
    void parsesObjectFieldsAsJson() {
        JsonNode input = boundInput("?filter=%7B%22color%22%3A%22red%22%7D");

        assertThat(input.get("filter").get("color").asText()).isEqualTo("red");
    }

    @Test
    void takesAWholeInputObjectFromTheInputParameter() {
        JsonNode input = boundInput("?input=%7B%22limit%22%3A5%2C%22tags%22%3A%5B%22x%22%5D%7D");

        assertThat(input.get("limit").asInt()).isEqualTo(5);
        assertThat(input.get("tags").get(0).asText()).isEqualTo("x");
    }

    @Test
    void letsTypedParametersWinOverTheInputParameter() {
        JsonNode input = boundInput("?input=%7B%22limit%22%3A5%7D&limit=6");

        assertThat(input.get("limit").asInt()).isEqualTo(6);
    }

    @Test
    void acceptsOnlyTrueAndFalseForBooleans() {
        for (String value : new String[] {"TRUE", "1", "yes", "", "false%20"}) {
            JsonNode problem = assertProblem(app.http.get(LIST + "?active=" + value), 422, "VALIDATION_FAILED");
            assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("active");
        }
        assertThat(boundInput("?active=false").get("active").asBoolean()).isFalse();
    }

    @Test
    void rejectsANonNumericIntegerWith422NamingTheField() {
        JsonNode problem = assertProblem(app.http.get(LIST + "?limit=ten"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("limit");
    }

    @Test
    void rejectsOutOfRangeAndHugeNumbersWith422() {
        assertProblem(app.http.get(LIST + "?limit=101"), 422, "VALIDATION_FAILED");
        assertProblem(app.http.get(LIST + "?limit=99999999999999999999999999"), 422, "VALIDATION_FAILED");
        assertProblem(app.http.get(LIST + "?limit=1e999999"), 422, "VALIDATION_FAILED");
        assertProblem(app.http.get(LIST + "?limit=4.5"), 422, "VALIDATION_FAILED");
    }

    @Test
    void rejectsRepeatedValuesForASingleValueField() {
        JsonNode problem = assertProblem(app.http.get(LIST + "?limit=1&limit=2"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("limit");
    }

    @Test
    void rejectsUnknownQueryParametersLikeUnknownBodyFields() {
        int before = app.calls(TestContracts.LIST);

        JsonNode problem = assertProblem(app.http.get(LIST + "?colour=red"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("colour");
        assertThat(app.calls(TestContracts.LIST)).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownParameterEndingInInputWith422NamingIt() {
        JsonNode problem = assertProblem(app.http.get(LIST + "?rawinput=x"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("rawinput");
    }

    @Test
    void rejectsMalformedPercentEncodingAndInputJsonWith400() {
        assertProblem(app.http.raw("GET " + LIST + "?limit=%ZZ HTTP/1.1"), 400, "BAD_REQUEST");
        assertProblem(app.http.get(LIST + "?tags=%C3%28"), 400, "BAD_REQUEST");
        assertProblem(app.http.get(LIST + "?input=%7Bnope"), 400, "BAD_REQUEST");
    }

    @Test
    void rejectsANonObjectInputParameterWith422() {
        assertProblem(app.http.get(LIST + "?input=%5B1%2C2%5D"), 422, "VALIDATION_FAILED");
    }

    @Test
    void coercesAnIntegerPathParameter() {
        Http.Reply reply = app.http.get("/items/42");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").isIntegralNumber()).isTrue();
        assertThat(reply.json().get("id").asInt()).isEqualTo(42);
    }

    @Test
    void rejectsANonNumericPathParameterWith422NamingTheField() {
        int before = app.calls(TestContracts.GET_ITEM);

        JsonNode problem = assertProblem(app.http.get("/items/forty-two"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("itemId");
        assertThat(app.calls(TestContracts.GET_ITEM)).isEqualTo(before);
    }

    @Test
    void decodesPercentEncodedPathParameters() {
        JsonNode problem = assertProblem(app.http.get("/items/4%202"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("itemId");
    }

    @Test
    void answersADeclaredErrorWithItsStatus() {
        assertProblem(app.http.get("/items/404"), 404, "NOT_FOUND");
    }
}
