package io.contractspec.core.spec;

import static io.contractspec.core.spec.Fixtures.OPERATION;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.Contracts;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** REST routes, parameter bindings, GraphQL field and MCP tool names. */
class OperationTransportChecksTest {

    @Test
    void bindsPathPlaceholdersQueryParametersAndHeadersToInputFields() {
        OperationSpec spec = Fixtures.operation()
                .rest(POST, "/applications/{applicationId}/submit")
                .queryParam("channel", "channel")
                .header("X-Tenant", "tenant")
                .graphqlField("submitApplication")
                .mcpTool("loan.application_submit-v1")
                .build();

        assertThat(spec.transport().rest()).contains(new RestRoute(POST, "/applications/{applicationId}/submit"));
        assertThat(spec.transport().rest().orElseThrow().pathParameters()).containsExactly("applicationId");
        assertThat(spec.parameters()).containsExactly(
                new ParameterBinding("channel", ParameterBinding.Location.QUERY, "channel"),
                new ParameterBinding("X-Tenant", ParameterBinding.Location.HEADER, "tenant"));
        assertThat(spec.transport().graphqlField()).contains("submitApplication");
        assertThat(spec.transport().mcpTool()).contains("loan.application_submit-v1");
    }

    @Test
    void leavesTransportAtItsDefaultsWhenNothingIsOverridden() {
        assertThat(Fixtures.operation().build().transport()).isEqualTo(Transport.DEFAULT);
    }

    @Test
    void rejectsPathPlaceholderThatIsNotAnInputField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().rest(GET, "/applications/{id}").build())
                .withMessage(OPERATION + "transport.rest path placeholder {id} names 'id', which is not a field"
                        + " of the input model SubmitInput");
    }

    @Test
    void rejectsPathPlaceholderWhenTheOperationHasNoInput() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.query("loan.application.submit", "1.0.0")
                        .output(Fixtures.OUTPUT)
                        .rest(GET, "/applications/{id}")
                        .build())
                .withMessage(OPERATION + "transport.rest path placeholder {id} names 'id', which is not a field"
                        + " of the input model (the operation has no input)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels", "applicant"})
    void rejectsPathPlaceholderBoundToAnArrayOrModelField(String field) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().rest(GET, "/applications/{" + field + "}").build())
                .withMessage(OPERATION + "transport.rest path placeholder {" + field + "} binds '" + field
                        + "', which is not a single scalar or enum value");
    }

    @Test
    void rejectsPathPlaceholderUsedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().rest(GET, "/a/{applicationId}/b/{applicationId}").build())
                .withMessage(OPERATION + "transport.rest: a path placeholder appears twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"applications", "/applications/", "//applications", "/applications/{}", "/a/{id",
        "/a/id}", "/a/{id}{tenant}", "/a/{1id}", "/a b", "/a?x=1", "/a#x", "/a/{applicant.email}", "/ä", "/a/\"", "/hooks/:id", "/a/*"})
    void rejectsMalformedRestPathNamingTheSpec(String path) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().rest(GET, path))
                .withMessageStartingWith(OPERATION + "REST path '" + path + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/v1/{applicationId}:cancel", "/v1/applications:search", "/files/{applicationId}.json",
        "/routes/{applicationId}-{channel}", "/datasources('{applicationId}')", "/a/x{applicationId}", "/hooks/a:id"})
    void acceptsSegmentsThatMixLiteralTextAndPlaceholders(String path) {
        assertThat(new RestRoute(GET, path).path()).isEqualTo(path);
    }

    @Test
    void aQueryParameterMayBindAnArrayAHeaderMayNot() {
        assertThat(Fixtures.operation().queryParam("label", "labels").build().parameters()).hasSize(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().header("X-Labels", "labels").build())
                .withMessage(OPERATION + "parameter 'X-Labels' binds 'labels', which is not a single scalar or enum value");
    }

    @Test
    void rejectsQueryParameterBoundTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().queryParam("c", "channel").queryParam("c", "tenant").build())
                .withMessage(OPERATION + "parameters: query parameter 'c' is bound twice");
    }

    @Test
    void rejectsHeaderBoundTwiceInAnotherLetterCase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().header("X-Tenant", "tenant").header("x-tenant", "channel").build())
                .withMessage(OPERATION + "parameters: header parameter 'x-tenant' is bound twice");
    }

    @Test
    void allowsQueryParameterAndHeaderOfTheSameName() {
        assertThat(Fixtures.operation().queryParam("tenant", "tenant").header("tenant", "tenant").build().parameters())
                .hasSize(2);
    }

    @Test
    void rejectsParameterNamingAnUnknownField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().queryParam("q", "query").build())
                .withMessage(OPERATION + "parameter 'q' names 'query', which is not a field of the input model SubmitInput");
    }

    @Test
    void rejectsParameterBoundToAModelField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().header("X-Applicant", "applicant").build())
                .withMessage(OPERATION + "parameter 'X-Applicant' binds 'applicant', which is not a single scalar or enum value");
    }

    @Test
    void rejectsExplicitPathBindingBecausePathParametersComeFromTheRoute() {
        ParameterBinding path = new ParameterBinding("applicationId", ParameterBinding.Location.PATH, "applicationId");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().parameter(path).build())
                .withMessageStartingWith(OPERATION + "parameters: path parameter 'applicationId'");
    }

    @Test
    void rejectsBlankParameterNameNamingTheSpec() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().queryParam(" ", "channel"))
                .withMessage(OPERATION + "parameter name must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"submit-application", "1submit", "submit.application", "__typename", "", "sübmit"})
    void rejectsInvalidGraphqlFieldName(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().graphqlField(name).build())
                .withMessage(OPERATION + "GraphQL field name '" + name + "' is not a valid GraphQL name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"submit application", "submit/application", "", "sübmit", "submit:application"})
    void rejectsInvalidMcpToolName(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().mcpTool(name).build())
                .withMessageStartingWith(OPERATION + "MCP tool name '" + name + "' must be 1-128 characters");
    }

    @Test
    void rejectsMcpToolNameLongerThan128Characters() {
        assertThat(Fixtures.operation().mcpTool("t".repeat(128)).build().transport().mcpTool()).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.operation().mcpTool("t".repeat(129)).build());
    }

    @Test
    void rejectsInvalidNamesInATransportBuiltDirectly() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Transport(Optional.empty(), Optional.of("bad-name"), Optional.empty()))
                .withMessage("GraphQL field name 'bad-name' is not a valid GraphQL name");
    }
}
