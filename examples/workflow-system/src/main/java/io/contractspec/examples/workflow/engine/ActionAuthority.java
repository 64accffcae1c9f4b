package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.examples.workflow.definition.DefinitionRepository.Publisher;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.shared.EventPayloads;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * With whose authority an action step runs (see SECURITY.md). An action step is code its
 * definition's publisher wrote, so it runs on the publisher's authority: the roles their token
 * carried when they published, checked by the executor's own policy check, never roles written in
 * the definition. The starter is no candidate: any member may start an instance, and running a
 * publisher's action with a privileged starter's roles is exactly the confused deputy we close.
 *
 * <p>Two gates at publish time: the deployment allows the operation for action steps
 * ({@code WorkflowOptions.actionOperations}), and the publisher passes its policy themselves. At run
 * time the call goes through {@link OperationExecutor#runAsSystem} as the system on behalf of the
 * publisher, so the called handler sees the publisher (it checks assignees and roles as for a
 * direct call) and audit records carry {@code actor = system} and {@code onBehalfOf = publisher}.
 */
public final class ActionAuthority {

    private final Set<String> allowedOperations;
    private final Supplier<OperationExecutor> executor;

    public ActionAuthority(Set<String> allowedOperations, Supplier<OperationExecutor> executor) {
        this.allowedOperations = Set.copyOf(allowedOperations);
        this.executor = executor;
    }

    /** Why the publisher's action steps may not run as written; empty when every one may. */
    public List<String> problems(List<StepRow> steps, Principal publisher) {
        List<String> problems = new ArrayList<>();
        for (StepRow step : steps) {
            if (step.type() != StepType.ACTION || step.actionConfig() == null
                    || !step.actionConfig().path("operation").isTextual()) {
                continue; // a missing operation is a graph problem, reported by publish as INVALID_GRAPH
            }
            JsonNode config = step.actionConfig();
            String name = "step '" + step.key() + "' (action)";
            String operation = config.get("operation").asText();
            if (config.has("roles")) {
                problems.add(name + ": actionConfig.roles is not accepted; an action runs with its publisher's roles");
            }
            if (!allowedOperations.contains(operation)) {
                problems.add(name + ": the operation '" + operation + "' is not allowed for action steps"
                        + " (allowed: " + new TreeSet<>(allowedOperations) + ")");
                continue;
            }
            String version = config.path("version").isTextual() ? config.get("version").asText() : null;
            Optional<Problem> denied = executor.get().checkPolicy(operation, version, CallContext.of(publisher));
            denied.ifPresent(problem -> problems.add(name + ": you may not call '" + operation + "' yourself ("
                    + problem.code() + problem.detail().map(detail -> ": " + detail).orElse("") + ")"));
        }
        return problems;
    }

    /** Runs an action's operation as the system on behalf of the definition's publisher. */
    ActionRunner.Outcome run(ActionPolicy policy, Optional<Publisher> publisher, String organizationId, Clock clock) {
        if (publisher.isEmpty()) {
            return new ActionRunner.Outcome(false, null,
                    "the definition records no publisher whose authority the action could use; publish it again");
        }
        Principal human = new Principal(publisher.get().userId(), organizationId, publisher.get().roles(), Set.of());
        CallResult result;
        try {
            result = executor.get().runAsSystem(EventPayloads.SYSTEM_ACTOR, human, policy.operation(), policy.version(),
                    policy.input(), clock);
        } catch (RuntimeException e) {
            return new ActionRunner.Outcome(false, null, "the action failed: " + e);
        }
        return ActionRunner.outcome(policy, result);
    }
}
