package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_CANCELLED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_COMPLETED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_FAILED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_PAUSED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_RESUMED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_STARTED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_TIMED_OUT;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_ENTERED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_EXITED;
import static io.contractspec.examples.workflow.instance.InstanceOperations.CANCEL_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.PAUSE_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.RESUME_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.START_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.TRANSITION_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceQueries.GET_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceQueries.LIST_INSTANCES;
import static io.contractspec.examples.workflow.instance.InstanceTimelineQuery.INSTANCE_TIMELINE_QUERY;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.feature;

import io.contractspec.core.spec.FeatureSpec;

/** The runtime side of the workflow system: instances moving through their steps. */
public final class InstancesFeature {

    /** 1.2.0 added the timeline query. */
    public static final FeatureSpec INSTANCES = feature("workflow.instances", "1.2.0")
            .title("Workflow instances")
            .tags("workflow", "instance")
            .description("Run workflows: start instances, take actions, pause, resume and cancel them; timers"
                    + " time steps out.")
            .operations(START_INSTANCE, TRANSITION_INSTANCE, PAUSE_INSTANCE, RESUME_INSTANCE, CANCEL_INSTANCE,
                    LIST_INSTANCES, GET_INSTANCE, INSTANCE_TIMELINE_QUERY)
            .events(INSTANCE_STARTED, STEP_ENTERED, STEP_EXITED, INSTANCE_PAUSED, INSTANCE_RESUMED,
                    INSTANCE_CANCELLED, INSTANCE_COMPLETED, INSTANCE_FAILED, INSTANCE_TIMED_OUT)
            .build();

    private InstancesFeature() {}
}
