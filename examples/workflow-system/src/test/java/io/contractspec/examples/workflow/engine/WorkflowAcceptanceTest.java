package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.examples.workflow.WorkflowContracts;
import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.runtime.Principal;
import io.contractspec.testing.AcceptanceRunner;
import io.contractspec.testing.Fixture;
import io.contractspec.testing.Fixtures;
import io.contractspec.testing.Scenario;
import io.contractspec.testing.ScenarioCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the 19 contracts, run as written through the real pipeline on a fresh database
 * each, with the records it names seeded; and every scenario linked to a test.
 */
class WorkflowAcceptanceTest {

    private static final ContractRegistry REGISTRY = ContractRegistry.builder().module(new WorkflowContracts()).build();
    /** An admin who is also a manager: the examples' caller designs workflows and decides requests. */
    static final Principal CALLER = Principal.of("u-admin", ORG, "workflow.admin", "manager");

    private static final List<TestWorkflow> OPENED = new ArrayList<>();
    /** The workflow the current example runs on; the fixtures seed it (GraphQlParityTest sets it too). */
    static TestWorkflow current;

    @AfterAll
    static void closeAll() {
        OPENED.forEach(TestWorkflow::close);
    }

    private static Seed seed() {
        return new Seed(current.runtime, ORG);
    }

    private static Fixture seeded(java.util.function.Consumer<Seed> seeding) {
        return Fixture.setUp(run -> seeding.accept(seed()));
    }

    @TestFactory
    @Scenario("transition-workflow-happy-path")
    @Scenario("transition-unknown-action")
    @Scenario("get-instance-happy-path")
    @Scenario("get-workflow-with-steps")
    @Scenario("add-step-to-active-workflow")
    @Scenario("publish-invalid-graph")
    Stream<DynamicNode> everyExampleRunsAsWritten() {
        return AcceptanceRunner.forRegistry(REGISTRY)
                .executor(() -> {
                    current = TestWorkflow.h2();
                    OPENED.add(current);
                    return current.runtime.executor();
                })
                .fixtures(fixtures())
                .defaultPrincipal(CALLER)
                .dynamicTests();
    }

    /** What each example needs seeded in {@link #current} before it runs. */
    static Fixtures fixtures() {
        return Fixtures.builder()
                .noSetup("create-draft", "update-unknown-workflow", "get-unknown-workflow", "start-unknown-workflow",
                        "cancel-without-reason", "comment-unknown-request", "get-unknown-request", "resume-unknown-instance")
                .forExample("create-duplicate-key", seeded(Seed::expenseApproval))
                .forExample("update-name", seeded(seed -> seed.policyException(false)))
                .forExample("add-approval-step", seeded(seed -> seed.policyException(false)))
                .forExample("add-step-to-active-workflow", seeded(Seed::expenseApproval))
                .forExample("publish-valid-draft", seeded(seed -> seed.policyException(true)))
                .forExample("publish-empty-draft", seeded(Seed::emptyDraft))
                .forExample("list-active", seeded(seed -> seed.expenseApproval().vendorOnboarding().policyException(false)))
                .forExample("get-expense-approval", seeded(Seed::expenseApproval))
                .forExample("start-expense-approval", seeded(Seed::expenseApproval))
                .forExample("start-draft-workflow", seeded(seed -> seed.policyException(true)))
                .forExample("transition-submit", seeded(WorkflowAcceptanceTest::vendorInstance))
                .forExample("transition-unknown-action", seeded(WorkflowAcceptanceTest::vendorInstance))
                .forExample("pause-normal", seeded(seed -> running(seed)))
                .forExample("pause-completed-instance", seeded(seed -> seed.expenseApproval()
                        .expenseInstance("inst-completed", InstanceStatus.COMPLETED, null, null)))
                // The seed's example, verbatim: a paused instance inst-456 that was running.
                .forExample("resume-normal", seeded(seed -> seed.expenseApproval()
                        .expenseInstance("inst-456", InstanceStatus.PAUSED, InstanceStatus.RUNNING, "manager-approval")))
                .forExample("cancel-with-reason", seeded(seed -> running(seed)))
                .forExample("list-waiting-expenses", seeded(seed -> seed.expenseApproval()
                        .expenseInstance("inst-1", InstanceStatus.WAITING, null, "manager-approval")
                        .expenseInstance("inst-2", InstanceStatus.COMPLETED, null, null)))
                .forExample("get-instance", seeded(seed -> running(seed)))
                .forExample("timeline-of-paused-instance", Fixture.setUp(run -> {
                    running(seed());
                    run.call("workflow.instance.pause", json("{instanceId: 'inst-456'}"));
                }))
                .forExample("timeline-of-other-organization-instance", seeded(seed -> new Seed(current.runtime, "org_other")
                        .expenseApproval().expenseInstance("inst-other-org", InstanceStatus.RUNNING, null, "start")))
                .forExample("get-other-organization-instance", seeded(seed -> new Seed(current.runtime, "org_other")
                        .expenseApproval().expenseInstance("inst-other-org", InstanceStatus.RUNNING, null, "start")))
                .forExample("approve-expense", seeded(WorkflowAcceptanceTest::pendingRequest))
                .forExample("decide-on-paused-instance", seeded(seed -> seed.expenseApproval()
                        .expenseInstance("inst-paused", InstanceStatus.PAUSED, InstanceStatus.WAITING, "manager-approval")
                        .request("req-paused", "inst-paused", RequestStatus.PENDING)))
                .forExample("delegate-to-deputy", seeded(WorkflowAcceptanceTest::pendingRequest))
                .forExample("delegate-decided-request", seeded(seed -> seed.expenseApproval()
                        .expenseInstance("inst-456", InstanceStatus.WAITING, null, "manager-approval")
                        .request("req-decided", "inst-456", RequestStatus.APPROVED)))
                .forExample("add-internal-comment", seeded(WorkflowAcceptanceTest::pendingRequest))
                .forExample("list-my-pending", seeded(seed -> pendingRequest(seed)
                        .request("req-old", "inst-456", RequestStatus.APPROVED)))
                .forExample("get-approval-request", seeded(WorkflowAcceptanceTest::pendingRequest))
                .build();
    }

    private static Seed running(Seed seed) {
        return seed.expenseApproval().expenseInstance("inst-456", InstanceStatus.RUNNING, null, "manager-approval");
    }

    private static Seed vendorInstance(Seed seed) {
        return seed.vendorOnboarding()
                .instance("inst-789", "wf-vendor-onboarding", "vendor-onboarding", InstanceStatus.RUNNING, null,
                        "collect-documents");
    }

    private static Seed pendingRequest(Seed seed) {
        return seed.expenseApproval()
                .expenseInstance("inst-456", InstanceStatus.WAITING, null, "manager-approval")
                .request("req-789", "inst-456", RequestStatus.PENDING);
    }

    @Test
    void everyScenarioIsLinkedToATest() {
        ScenarioCoverage.of(REGISTRY).scanPackage("io.contractspec.examples.workflow").assertAllCovered();
    }
}
