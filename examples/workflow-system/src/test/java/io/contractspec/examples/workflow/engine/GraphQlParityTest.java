package io.contractspec.examples.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.examples.workflow.WorkflowContracts;
import io.contractspec.runtime.CallResult;
import io.contractspec.testing.AcceptanceRunner;
import io.contractspec.testing.ExampleCaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the 19 contracts, run as written over HTTP through REST and through GraphQL,
 * each on a fresh database seeded like {@link WorkflowAcceptanceTest}: both surfaces must give the
 * example's outcome, and the same one (the same error code, or success).
 */
class GraphQlParityTest {

    private static final ContractRegistry REGISTRY = ContractRegistry.builder().module(new WorkflowContracts()).build();
    private static final List<TestWorkflow> OPENED = new ArrayList<>();
    private static final Map<String, String> REST_OUTCOMES = SurfaceCallers.outcomes();

    @AfterAll
    static void closeAll() {
        OPENED.forEach(TestWorkflow::close);
    }

    @TestFactory
    Stream<DynamicNode> everyExampleHasTheSameOutcomeThroughGraphQlAsThroughRest() {
        ExampleCaller rest = SurfaceCallers.rest();
        ExampleCaller graphql = SurfaceCallers.graphql();
        ExampleCaller recordingRest = (operation, input, context, executor) -> {
            CallResult result = rest.call(operation, input, context, executor);
            REST_OUTCOMES.put(operation.ref() + "#" + input, outcome(result));
            return result;
        };
        ExampleCaller comparingGraphQl = (operation, input, context, executor) -> {
            CallResult result = graphql.call(operation, input, context, executor);
            assertThat(outcome(result)).as("%s through GraphQL vs REST", operation.ref())
                    .isEqualTo(REST_OUTCOMES.get(operation.ref() + "#" + input));
            return result;
        };
        return Stream.of(DynamicContainer.dynamicContainer("REST", runner(recordingRest).dynamicTests()),
                DynamicContainer.dynamicContainer("GraphQL", runner(comparingGraphQl).dynamicTests()));
    }

    private static AcceptanceRunner runner(ExampleCaller caller) {
        return AcceptanceRunner.forRegistry(REGISTRY)
                .executor(() -> {
                    WorkflowAcceptanceTest.current = TestWorkflow.h2();
                    OPENED.add(WorkflowAcceptanceTest.current);
                    return WorkflowAcceptanceTest.current.runtime.executor();
                })
                .fixtures(WorkflowAcceptanceTest.fixtures())
                .defaultPrincipal(WorkflowAcceptanceTest.CALLER)
                .caller(caller);
    }

    private static String outcome(CallResult result) {
        return result instanceof CallResult.Failure failure ? failure.problem().code() : "OK";
    }
}
