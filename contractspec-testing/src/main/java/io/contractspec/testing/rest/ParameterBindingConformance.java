package io.contractspec.testing.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * How the adapter builds an operation's input from a request: typed query parameters (coerced to
 * the field types, repeated for arrays, JSON for objects), {@code ?input=}, path parameters, and
 * every malformed or unknown parameter answered with a 400 or a 422 naming the field.
 */
@PublicApi
public interface ParameterBindingConformance extends RestConformance {

    String LIST = "/test/items/list/v1.0.0";

    /** The input the list handler received for a query string. */
    private JsonNode boundInput(String query) {
        ConformanceHttp.Reply reply = http().get(LIST + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("input");
    }

    @Test
    default void coercesTypedQueryParametersToTheFieldTypes() {
        JsonNode input = boundInput("?limit=42&active=true&status=archived&minPrice=2.50");

        assertThat(input.get("limit").isIntegralNumber()).isTrue();
        assertThat(input.get("limit").asInt()).isEqualTo(42);
        assertThat(input.get("active").isBoolean()).isTrue();
        assertThat(input.get("status").asText()).isEqualTo("archived");
        assertThat(input.get("minPrice").decimalValue()).isEqualByComparingTo("2.5");
    }

    @Test
    default void bindsRepeatedParametersToAnArrayField() {
        JsonNode input = boundInput("?tags=red&tags=blue%20green&tags=a%2Bb+c");

        assertThat(input.get("tags")).hasSize(3);
        assertThat(input.get("tags").get(1).asText()).isEqualTo("blue green");
        assertThat(input.get("tags").get(2).asText()).isEqualTo("a+b c");
    }

    @Test
    default void bindsOneParameterOfAnArrayFieldToAOneItemArray() {
        assertThat(boundInput("?tags=solo").get("tags").get(0).asText()).isEqualTo("solo");
    }

    @Test
    default void parsesObjectFieldsAsJson() {
        JsonNode input = boundInput("?filter=%7B%22color%22%3A%22red%22%7D");

        assertThat(input.get("filter").get("color").asText()).isEqualTo("red");
    }

    @Test
    default void takesAWholeInputObjectFromTheInputParameter() {
        JsonNode input = boundInput("?input=%7B%22limit%22%3A5%2C%22tags%22%3A%5B%22x%22%5D%7D");

        assertThat(input.get("limit").asInt()).isEqualTo(5);
        assertThat(input.get("tags").get(0).asText()).isEqualTo("x");
    }

    @Test
    default void letsTypedParametersWinOverTheInputParameter() {
        JsonNode input = boundInput("?input=%7B%22limit%22%3A5%7D&limit=6");

        assertThat(input.get("limit").asInt()).isEqualTo(6);
    }

    @Test
    default void acceptsOnlyTrueAndFalseForBooleans() {
        for (String value : new String[] {"TRUE", "1", "yes", "", "false%20"}) {
            JsonNode problem = assertProblem(http().get(LIST + "?active=" + value), 422, "VALIDATION_FAILED");
            assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("active");
        }
        assertThat(boundInput("?active=false").get("active").asBoolean()).isFalse();
    }

    @Test
    default void rejectsANonNumericIntegerWith422NamingTheField() {
        JsonNode problem = assertProblem(http().get(LIST + "?limit=ten"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("limit");
    }

    @Test
    default void rejectsOutOfRangeAndHugeNumbersWith422() {
        assertProblem(http().get(LIST + "?limit=101"), 422, "VALIDATION_FAILED");
        assertProblem(http().get(LIST + "?limit=99999999999999999999999999"), 422, "VALIDATION_FAILED");
        assertProblem(http().get(LIST + "?limit=1e999999"), 422, "VALIDATION_FAILED");
        assertProblem(http().get(LIST + "?limit=4.5"), 422, "VALIDATION_FAILED");
    }

    @Test
    default void rejectsRepeatedValuesForASingleValueField() {
        JsonNode problem = assertProblem(http().get(LIST + "?limit=1&limit=2"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("limit");
    }

    @Test
    default void rejectsUnknownQueryParametersLikeUnknownBodyFields() {
        int before = target().calls(ConformanceContracts.LIST);

        JsonNode problem = assertProblem(http().get(LIST + "?colour=red"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("colour");
        assertThat(target().calls(ConformanceContracts.LIST)).isEqualTo(before);
    }

    @Test
    default void rejectsAnUnknownParameterEndingInInputWith422NamingIt() {
        JsonNode problem = assertProblem(http().get(LIST + "?rawinput=x"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("rawinput");
    }

    @Test
    default void rejectsMalformedPercentEncodingAndInputJsonWith400() {
        assertProblem(http().raw("GET " + LIST + "?limit=%ZZ HTTP/1.1"), 400, "BAD_REQUEST");
        assertProblem(http().get(LIST + "?tags=%C3%28"), 400, "BAD_REQUEST");
        assertProblem(http().get(LIST + "?input=%7Bnope"), 400, "BAD_REQUEST");
    }

    @Test
    default void rejectsANonObjectInputParameterWith422() {
        assertProblem(http().get(LIST + "?input=%5B1%2C2%5D"), 422, "VALIDATION_FAILED");
    }

    @Test
    default void coercesAnIntegerPathParameter() {
        ConformanceHttp.Reply reply = http().get("/items/42");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").isIntegralNumber()).isTrue();
        assertThat(reply.json().get("id").asInt()).isEqualTo(42);
    }

    @Test
    default void rejectsANonNumericPathParameterWith422NamingTheField() {
        int before = target().calls(ConformanceContracts.GET_ITEM);

        JsonNode problem = assertProblem(http().get("/items/forty-two"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("itemId");
        assertThat(target().calls(ConformanceContracts.GET_ITEM)).isEqualTo(before);
    }

    @Test
    default void decodesPercentEncodedPathParameters() {
        JsonNode problem = assertProblem(http().get("/items/4%202"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("itemId");
    }

    @Test
    default void answersADeclaredErrorWithItsStatus() {
        assertProblem(http().get("/items/404"), 404, "NOT_FOUND");
    }
}
