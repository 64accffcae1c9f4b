package io.contractspec.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static JsonNode json(String text) throws Exception {
        return new JsonMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void fillsStatusTitleAndTypeFromAStandardCode() {
        Problem problem = Problem.of(StandardCode.NOT_FOUND).build();

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not found");
        assertThat(problem.code()).isEqualTo("NOT_FOUND");
        assertThat(problem.type()).isEqualTo("https://contractspec.io/problems/not-found");
        assertThat(problem.detail()).isEmpty();
        assertThat(problem.traceId()).isEmpty();
        assertThat(problem.issues()).isEmpty();
        assertThat(problem).hasToString("404 NOT_FOUND");
    }

    @Test
    void writesTheMinimalWireForm() throws Exception {
        assertThat(Problem.of(StandardCode.RATE_LIMITED).build().toJson()).isEqualTo(json(
                "{'type':'https://contractspec.io/problems/rate-limited','title':'Too many requests','status':429,"
                        + "'code':'RATE_LIMITED'}"));
    }

    @Test
    void writesEveryPartInTheDocumentedShapeWithMetadataSorted() throws Exception {
        Problem problem = Problem.of(StandardCode.VALIDATION_FAILED)
                .detail("The input is invalid.")
                .issues(List.of(Diagnostic.issue("required", "applicant.email", "is required"),
                        Diagnostic.issue("type", "", "must be an object")))
                .traceId("trace-1")
                .metadata("zeta", "last")
                .metadata("alpha", JsonNodeFactory.instance.numberNode(1))
                .metadata("mid", "middle")
                .build();

        JsonNode wire = problem.toJson();

        assertThat(wire).isEqualTo(json("{'type':'https://contractspec.io/problems/validation-failed',"
                + "'title':'Validation failed','status':422,'code':'VALIDATION_FAILED','detail':'The input is invalid.',"
                + "'issues':[{'path':'applicant.email','code':'required','message':'is required'},"
                + "{'path':'','code':'type','message':'must be an object'}],'traceId':'trace-1',"
                + "'metadata':{'alpha':1,'mid':'middle','zeta':'last'}}"));
        assertThat(wire.fieldNames()).toIterable()
                .containsExactly("type", "title", "status", "code", "detail", "issues", "traceId", "metadata");
        assertThat(wire.get("metadata").fieldNames()).toIterable().containsExactly("alpha", "mid", "zeta");
        assertThat(problem).hasToString("422 VALIDATION_FAILED: The input is invalid.");
    }

    @Test
    void derivesTypeAndTitleOfADeclaredCode() {
        Problem problem = Problem.of("APPLICATION_CLOSED", 409).build();

        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "application-closed");
        assertThat(problem.title()).isEqualTo("APPLICATION_CLOSED");
        assertThat(problem.status()).isEqualTo(409);
    }

    @Test
    void keepsAnExplicitTypeAndTitle() {
        Problem problem = Problem.of("APPLICATION_CLOSED", 409).type("urn:loans:closed").title("Closed").build();

        assertThat(problem.toJson().get("type").asText()).isEqualTo("urn:loans:closed");
        assertThat(problem.toJson().get("title").asText()).isEqualTo("Closed");
    }

    @Test
    void copiesEverythingThroughToBuilder() {
        Problem original = Problem.of(StandardCode.CONFLICT).detail("d").traceId("t").metadata("k", "v")
                .issues(List.of(Diagnostic.issue("x", "p", "m"))).build();

        Problem copy = original.toBuilder().build();

        assertThat(copy.toJson()).isEqualTo(original.toJson());
    }

    @Test
    void isNotChangedByItsBuilderOrTheListItWasGiven() {
        List<Diagnostic> issues = new java.util.ArrayList<>(List.of(Diagnostic.issue("x", "p", "m")));
        Problem.Builder builder = Problem.of(StandardCode.BAD_REQUEST).issues(issues).metadata("k", "v");
        Problem problem = builder.build();

        issues.clear();
        builder.metadata("other", "w");

        assertThat(problem.issues()).hasSize(1);
        assertThat(problem.metadata()).containsOnlyKeys("k");
        assertThatThrownBy(() -> problem.issues().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> problem.metadata().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
