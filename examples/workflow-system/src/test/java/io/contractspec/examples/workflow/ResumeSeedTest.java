package io.contractspec.examples.workflow;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationKind;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Scenario;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import io.contractspec.examples.workflow.instance.InstanceModels;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each fact of the seed page (seed/000_7663ab029eb980ab.txt) about workflow.instance.resume. */
class ResumeSeedTest {

    private final OperationSpec resume = REGISTRY.operation("workflow.instance.resume", "1.0.0").orElseThrow();

    @Test
    void carriesTheSeedMeta() {
        assertThat(resume.key()).isEqualTo("workflow.instance.resume");
        assertThat(resume.version()).isEqualTo("1.0.0");
        assertThat(resume.kind()).isEqualTo(OperationKind.COMMAND);
        assertThat(resume.meta().stability()).isEqualTo(Stability.STABLE);
        assertThat(resume.meta().owners()).containsExactly("@example.workflow-system");
        assertThat(resume.meta().tags()).containsExactly("workflow", "instance", "resume");
        assertThat(resume.meta().description()).isEqualTo("Resume a paused workflow instance.");
        assertThat(resume.goal()).isEqualTo("Continue workflow execution.");
        assertThat(resume.context()).isEqualTo("Administrative action.");
    }

    @Test
    void inputIsPauseResumeInputWithARequiredInstanceIdAndAnOptionalReason() {
        Model input = resume.input().orElseThrow();
        assertThat(input.name()).isEqualTo("PauseResumeInput");
        assertThat(input.fields()).extracting(Field::name).containsExactly("instanceId", "reason");
        Field instanceId = input.field("instanceId").orElseThrow();
        assertThat(instanceId.type()).isEqualTo(Scalar.STRING);
        assertThat(instanceId.isRequired()).isTrue();
        Field reason = input.field("reason").orElseThrow();
        assertThat(reason.type()).isEqualTo(Scalar.STRING);
        assertThat(reason.isOptional()).isTrue();
    }

    @Test
    void pauseTakesTheSameInput() {
        OperationSpec pause = REGISTRY.operation("workflow.instance.pause", "1.0.0").orElseThrow();
        assertThat(pause.input()).isEqualTo(resume.input());
    }

    @Test
    void outputIsTheWorkflowInstance() {
        assertThat(resume.output().name()).isEqualTo("WorkflowInstance");
        assertThat(resume.output()).isSameAs(InstanceModels.WORKFLOW_INSTANCE);
    }

    @Test
    void policyIsAuthUser() {
        assertThat(resume.policy().auth()).isEqualTo(AuthLevel.USER);
        assertThat(resume.policy().roles()).isEmpty();
        assertThat(resume.policy().anyRole()).isEmpty();
    }

    @Test
    void emitsResumedWithTheWorkflowInstanceAsPayload() {
        SpecRef resumed = SpecRef.of("workflow.instance.resumed", "1.0.0");
        assertThat(resume.emits()).containsExactly(new EmittedEvent(resumed, "Workflow is resumed"));
        EventSpec event = REGISTRY.event(resumed).orElseThrow();
        assertThat(event.meta().stability()).isEqualTo(Stability.STABLE);
        assertThat(event.payload()).isSameAs(InstanceModels.WORKFLOW_INSTANCE);
    }

    @Test
    void auditsResumed() {
        assertThat(resume.audit()).containsExactly("workflow.instance.resumed");
    }

    @Test
    void hasTheHappyPathScenario() {
        assertThat(resume.scenarios()).contains(new Scenario("resume-workflow-happy-path",
                List.of("Workflow is paused"), List.of("Admin resumes workflow"),
                List.of("Instance status becomes RUNNING")));
    }

    @Test
    void hasTheResumeNormalExample() {
        Example example = resume.examples().stream()
                .filter(candidate -> candidate.key().equals("resume-normal"))
                .findFirst()
                .orElseThrow();
        assertThat(example.input()).isEqualTo(json("{instanceId: 'inst-456', reason: 'Issue resolved'}"));
        assertThat(example.output()).contains(json("{id: 'inst-456', status: 'running'}"));
        assertThat(example.errorCode()).isEmpty();
    }
}
