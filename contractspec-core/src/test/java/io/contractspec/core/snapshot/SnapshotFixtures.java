package io.contractspec.core.snapshot;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.capability;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.feature;
import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.Contracts.ref;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SourceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The specs of the golden snapshot: one of each type, the command using every part of the model. */
final class SnapshotFixtures {

    static final String FILE = "com/acme/workflow/WorkflowContracts.java";

    static final EnumType INSTANCE_STATUS = EnumType.builder("InstanceStatus")
            .description("Lifecycle state of an instance.")
            .value("running", "Executing steps.")
            .value("paused")
            .value("completed", "Finished.")
            .build();

    static final Model ACTOR = Model.builder("Actor")
            .description("Who acted.")
            .required("id", Scalar.ID, "The user id.")
            .field(Field.optional("email", Scalar.EMAIL_ADDRESS).nullable().description("Contact address."))
            .build();

    static final Model PAUSE_RESUME_INPUT = Model.builder("PauseResumeInput")
            .description("Identifies the instance and says why.")
            .field(Field.required("instanceId", Scalar.ID).description("The instance to resume.").minLength(3))
            .field(Field.optional("reason", Scalar.STRING).maxLength(500).defaultValue("Resumed by an operator"))
            .field(Field.optional("priority", Scalar.INT).minimum(1).maximum(10).defaultValue(5))
            .field(Field.optional("ratio", Scalar.FLOAT)
                    .minimum(new BigDecimal("0.50"))
                    .maximum(new BigDecimal("1E+2")))
            .field(Field.optional("labels", Scalar.STRING).array().pattern("^[a-z-]+$").maxItems(10)
                    .defaultValue(json("['ops', 'night-shift']")))
            .optional("actor", ACTOR, "Who resumes it.")
            .build();

    static final Model WORKFLOW_INSTANCE = Model.builder("WorkflowInstance")
            .allowUnknownFields()
            .required("id", Scalar.ID)
            .required("status", INSTANCE_STATUS)
            .field(Field.required("history", ACTOR).array().minItems(0))
            .field(Field.required("resumedAt", Scalar.DATE_TIME).nullable())
            .build();

    static final EventSpec RESUMED = event("workflow.instance.resumed", "1.0.0")
            .stability(Stability.STABLE)
            .owners("@example.workflow-system")
            .tags("workflow")
            .description("A paused instance was resumed.")
            .payload(Model.builder("InstanceResumed")
                    .required("instanceId", Scalar.ID)
                    .required("actor", ACTOR)
                    .build())
            .pii("actor.email")
            .source(new SourceLocation(FILE, 20))
            .build();

    static final OperationSpec RESUME = command("workflow.instance.resume", "1.1.0")
            .stability(Stability.DEPRECATED)
            .owners("@example.workflow-system", "@example.platform")
            .tags("workflow", "instance", "resume")
            .title("Resume instance")
            .domain("workflow")
            .docIds("docs.workflow.instances")
            .description("Resume a paused workflow instance.")
            .goal("Continue workflow execution.")
            .context("Administrative action.")
            .input(PAUSE_RESUME_INPUT)
            .output(WORKFLOW_INSTANCE)
            .header("X-Resume-Reason", "reason")
            .error("INSTANCE_NOT_PAUSED", 409, "The instance is not paused.")
            .error("NOT_FOUND", 404, "No instance has this id.")
            .policy(auth(AuthLevel.USER)
                    .roles("workflow-admin")
                    .anyRole("ops", "support")
                    .permissions("workflow.instance.resume")
                    .flags("workflow-v2")
                    .rateLimit(RateLimit.perUser(60))
                    .idempotent(true)
                    .pii("actor.email"))
            .emits(RESUMED, "Workflow is resumed")
            .audit("workflow.instance.resumed")
            .rest(RestRoute.Method.POST, "/workflow/instances/{instanceId}/resume")
            .graphqlField("resumeWorkflowInstance")
            .mcpTool("workflow_instance_resume")
            .scenario("resume-workflow-happy-path", given("Workflow is paused"),
                    when("Admin resumes workflow"), then("Instance status becomes RUNNING", "An event is emitted"))
            .example("resume-normal",
                    json("{reason: 'Issue resolved — \"really\"\\n', instanceId: 'inst-456', ratio: 0.75}"),
                    json("{status: 'running', id: 'inst-456', history: []}"))
            .exampleError("resume-unknown", json("{instanceId: 'nope'}"), "NOT_FOUND")
            .deprecation(LocalDate.of(2027, 6, 30), ref("workflow.instance.resume", "2.0.0"))
            .source(new SourceLocation(FILE, 42))
            .build();

    static final FeatureSpec INSTANCES = feature("workflow.instances", "1.0.0")
            .stability(Stability.BETA)
            .owners("@example.workflow-system")
            .operations(RESUME)
            .events(RESUMED)
            .provides(ref("workflow.instance-control", "1.0.0"))
            .source(new SourceLocation(FILE, 90))
            .build();

    static final CapabilitySpec INSTANCE_CONTROL = capability("workflow.instance-control", "1.0.0")
            .kind(CapabilitySpec.Kind.API)
            .description("Pause and resume running instances.")
            .provides(RESUME, RESUMED)
            .requires(ref("identity.users", "1.0.0"))
            .source(new SourceLocation(FILE, 100))
            .build();

    private SnapshotFixtures() {}

    static List<Spec> goldenSpecs() {
        return List.of(RESUME, RESUMED, INSTANCES, INSTANCE_CONTROL);
    }

    static ContractRegistry golden() {
        return ContractRegistry.builder().registerAll(goldenSpecs()).build();
    }

    /** A query without input, in several versions whose semver order differs from text order. */
    static List<Spec> versionedQueries() {
        return List.of(listQuery("1.10.0"), listQuery("1.9.0"), listQuery("1.10.0-beta.2"), listQuery("2.0.0"));
    }

    private static OperationSpec listQuery(String version) {
        return query("workflow.instance.list", version)
                .output(Model.builder("InstanceList").required("items", WORKFLOW_INSTANCE).build())
                .build();
    }
}
