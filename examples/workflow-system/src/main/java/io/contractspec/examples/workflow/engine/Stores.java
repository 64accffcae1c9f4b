package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.approval.ApprovalCommentRepository;
import io.contractspec.examples.workflow.approval.ApprovalRequestRepository;
import io.contractspec.examples.workflow.definition.DefinitionRepository;
import io.contractspec.examples.workflow.definition.StepRepository;
import io.contractspec.examples.workflow.instance.InstanceRepository;
import io.contractspec.examples.workflow.instance.StepExecutionRepository;
import io.contractspec.examples.workflow.instance.TimerRepository;

/** The repositories, together; they are stateless, so one set serves every thread. */
public record Stores(
        DefinitionRepository definitions,
        StepRepository steps,
        InstanceRepository instances,
        StepExecutionRepository executions,
        ApprovalRequestRepository requests,
        ApprovalCommentRepository comments,
        TimerRepository timers) {

    public static Stores create() {
        return new Stores(new DefinitionRepository(), new StepRepository(), new InstanceRepository(),
                new StepExecutionRepository(), new ApprovalRequestRepository(), new ApprovalCommentRepository(),
                new TimerRepository());
    }
}
