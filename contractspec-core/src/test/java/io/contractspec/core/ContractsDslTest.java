package io.contractspec.core;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.ref;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.core.spec.Stability.STABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Scenario;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL reads like the design's seed contract and builds what it says. */
class ContractsDslTest {

    private static final Model INPUT = Model.builder("PauseResumeInput")
            .required("instanceId", Scalar.ID).optional("reason", Scalar.STRING).build();
    private static final Model INSTANCE = Model.builder("WorkflowInstance")
            .required("id", Scalar.ID).required("status", Scalar.STRING).build();

    private static final EventSpec INSTANCE_RESUMED = event("workflow.instance.resumed", "1.0.0").payload(INSTANCE).build();

    private static final OperationSpec RESUME = command("workflow.instance.resume", "1.0.0")
            .stability(STABLE).owners("@example.workflow-system").tags("workflow", "instance", "resume")
            .description("Resume a paused workflow instance.")
            .goal("Continue workflow execution.")
            .context("Administrative action.")
            .input(INPUT).output(INSTANCE)
            .policy(auth(USER))
            .emits(INSTANCE_RESUMED, "Workflow is resumed")
            .audit("workflow.instance.resumed")
            .scenario("resume-workflow-happy-path", given("Workflow is paused"),
                      when("Admin resumes workflow"), then("Instance status becomes RUNNING"))
            .example("resume-normal", json("{instanceId:'inst-456', reason:'Issue resolved'}"),
                                      json("{id:'inst-456', status:'running'}"))
            .build();

    @Test
    void buildsTheSeedContract() {
        assertThat(RESUME.ref()).isEqualTo(ref("workflow.instance.resume", "1.0.0"));
        assertThat(RESUME.isCommand()).isTrue();
        assertThat(RESUME.meta().owners()).containsExactly("@example.workflow-system");
        assertThat(RESUME.policy().auth()).isEqualTo(USER);
        assertThat(RESUME.emits()).singleElement()
                .satisfies(emitted -> assertThat(emitted.event()).isEqualTo(SpecRef.of("workflow.instance.resumed", "1.0.0")));
        assertThat(RESUME.scenarios()).containsExactly(new Scenario("resume-workflow-happy-path",
                List.of("Workflow is paused"), List.of("Admin resumes workflow"), List.of("Instance status becomes RUNNING")));
        assertThat(RESUME.examples().get(0).input().get("instanceId").asText()).isEqualTo("inst-456");
        assertThat(RESUME).hasToString("command workflow.instance.resume@1.0.0");
    }

    @Test
    void recordsTheDefiningFileOfAConstant() {
        assertThat(RESUME.source().file()).isEqualTo("io/contractspec/core/ContractsDslTest.java");
        assertThat(RESUME.source().line()).isPositive();
    }
}
