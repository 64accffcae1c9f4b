package io.contractspec.core.spec;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.schema.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImmutabilityTest {

    private static OperationSpec fullOperation() {
        return Fixtures.operation()
                .stability(Stability.DEPRECATED).owners("@loans").tags("loan", "submit").docIds("loans")
                .title("Submit").domain("loans").description("Submits an application.")
                .goal("Get a decision.").context("Applicant portal.")
                .rest(RestRoute.Method.POST, "/applications/{applicationId}")
                .queryParam("channel", "channel").header("X-Tenant", "tenant")
                .graphqlField("submitApplication").mcpTool("submit_application")
                .successStatus(201)
                .error("APPLICATION_CLOSED", 409, "closed")
                .policy(Contracts.auth(AuthLevel.ADMIN).roles("clerk").anyRole("a", "b").permissions("loan.write")
                        .anyPermission("x", "y").flags("new-flow").rateLimit(RateLimit.perOrg(60)).idempotent(true)
                        .pii("applicant.email"))
                .emits(SpecRef.of("loan.application.submitted", "1.0.0"), "On success")
                .audit("loan.application.submitted")
                .scenario("happy", given("a"), when("b"), then("c"))
                .example("normal", json("{applicationId: 'a-1'}"), json("{status: 'submitted'}"))
                .exampleError("closed", json("{applicationId: 'a-2'}"), "APPLICATION_CLOSED")
                .deprecation(LocalDate.of(2027, 1, 1), SpecRef.of("loan.application.submit", "2.0.0"))
                .build();
    }

    static Stream<Spec> everySpecType() {
        return Stream.of(
                fullOperation(),
                Fixtures.event().pii("status").owners("@loans").build(),
                Contracts.feature("loan.application", "1.0.0").operations(fullOperation())
                        .events(Fixtures.event().build()).provides(SpecRef.of("loan.scoring", "1.0.0"))
                        .requires(SpecRef.of("identity", "1.0.0")).tags("loan").build(),
                Contracts.capability("loan.scoring", "1.0.0").kind(CapabilitySpec.Kind.DATA)
                        .provides(SpecRef.of("loan.application.submit", "1.0.0"))
                        .requires(SpecRef.of("identity", "1.0.0")).build());
    }

    private static Spec rebuilt(Spec spec) {
        if (spec instanceof OperationSpec operation) {
            return operation.toBuilder().build();
        }
        if (spec instanceof EventSpec event) {
            return event.toBuilder().build();
        }
        return spec instanceof FeatureSpec feature
                ? feature.toBuilder().build()
                : ((CapabilitySpec) spec).toBuilder().build();
    }

    @ParameterizedTest
    @MethodSource("everySpecType")
    void rebuildsAnEqualSpecFromToBuilderIncludingItsSourceLocation(Spec spec) {
        Spec copy = rebuilt(spec);

        assertThat(copy).isEqualTo(spec).hasSameHashCodeAs(spec).isNotSameAs(spec);
        assertThat(copy.source()).isEqualTo(spec.source());
        assertThat(copy.source().file()).endsWith("spec/ImmutabilityTest.java");
    }

    @Test
    void changesOnlyWhatIsSetAfterToBuilder() {
        OperationSpec original = fullOperation();
        OperationSpec next = original.toBuilder().version("1.1.0").tags("extra").build();

        assertThat(next.version()).isEqualTo("1.1.0");
        assertThat(next.meta().tags()).containsExactly("loan", "submit", "extra");
        assertThat(original.meta().tags()).containsExactly("loan", "submit");
        assertThat(next).isNotEqualTo(original);
    }

    @Test
    void returnsUnmodifiableListsFromOperations() {
        OperationSpec spec = fullOperation();
        List<List<?>> lists = List.of(spec.meta().owners(), spec.meta().tags(), spec.meta().docIds(), spec.parameters(),
                spec.errors(), spec.emits(), spec.audit(), spec.scenarios(), spec.examples(), spec.policy().roles(),
                spec.policy().anyRole(), spec.policy().permissions(), spec.policy().anyPermission(),
                spec.policy().flags(), spec.policy().pii(), spec.scenarios().get(0).then(),
                spec.transport().rest().orElseThrow().pathParameters());

        for (List<?> list : lists) {
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("everySpecType")
    void returnsUnmodifiableListsFromEverySpecType(Spec spec) {
        List<List<SpecRef>> refs = spec instanceof FeatureSpec feature
                ? List.of(feature.operations(), feature.events(), feature.provides(), feature.requires())
                : spec instanceof CapabilitySpec capability
                        ? List.of(capability.provides(), capability.requires())
                        : List.of();
        for (List<SpecRef> list : refs) {
            assertThatThrownBy(() -> list.add(SpecRef.of("x", "1.0.0"))).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> spec.meta().owners().add("@x")).isInstanceOf(UnsupportedOperationException.class);
        if (spec instanceof EventSpec event) {
            assertThatThrownBy(() -> event.pii().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void doesNotChangeWhenTheJsonPassedToAnExampleIsMutatedLater() {
        ObjectNode input = (ObjectNode) json("{applicationId: 'a-1'}");
        ObjectNode output = (ObjectNode) json("{status: 'submitted'}");
        OperationSpec spec = Fixtures.operation().example("normal", input, output).build();

        input.put("applicationId", "changed");
        output.removeAll();

        assertThat(spec.examples().get(0).input()).isEqualTo(json("{applicationId: 'a-1'}"));
        assertThat(spec.examples().get(0).output()).contains(json("{status: 'submitted'}"));
    }

    @Test
    void doesNotChangeWhenTheJsonReadFromAnExampleIsMutated() {
        OperationSpec spec = Fixtures.operation().example("normal", json("{applicationId: 'a-1'}"), json("{a: 1}")).build();

        ((ObjectNode) spec.examples().get(0).input()).put("applicationId", "changed");
        ((ObjectNode) spec.examples().get(0).output().orElseThrow()).put("a", 2);

        assertThat(spec.examples().get(0).input()).isEqualTo(json("{applicationId: 'a-1'}"));
        assertThat(spec.examples().get(0).output().map(JsonNode::toString)).contains("{\"a\":1}");
    }

    @Test
    void doesNotSeeBuilderChangesMadeAfterBuild() {
        OperationBuilder builder = Fixtures.operation().tags("loan").error("APPLICATION_CLOSED", 409, "closed");
        OperationSpec spec = builder.build();

        builder.tags("later").error("TOO_LATE", 410, "late").source(new SourceLocation("Other.java", 1));

        assertThat(spec.meta().tags()).containsExactly("loan");
        assertThat(spec.errors()).hasSize(1);
        assertThat(spec.source().file()).endsWith("ImmutabilityTest.java");
    }
}
