package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.store.ApprovalCommentRepository;
import io.contractspec.examples.workflow.store.ApprovalRequestRepository;
import io.contractspec.examples.workflow.store.DefinitionRepository;
import io.contractspec.examples.workflow.store.InstanceRepository;
import io.contractspec.examples.workflow.store.StepExecutionRepository;
import io.contractspec.examples.workflow.store.StepRepository;
import io.contractspec.examples.workflow.store.TimerRepository;

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
