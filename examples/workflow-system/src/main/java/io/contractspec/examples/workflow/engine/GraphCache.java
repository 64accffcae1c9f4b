package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.definition.StepRepository;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The graphs of definitions that have instances. Only active definitions start instances and
 * their steps never change after publishing, so a graph read once stays right on every node.
 */
public final class GraphCache {

    private static final int MAX_ENTRIES = 10_000;

    private final StepRepository steps;
    private final Map<String, WorkflowGraph> graphs = new ConcurrentHashMap<>();

    public GraphCache(StepRepository steps) {
        this.steps = steps;
    }

    public WorkflowGraph of(JdbcSession session, String definitionId) {
        WorkflowGraph cached = graphs.get(definitionId);
        if (cached != null) {
            return cached;
        }
        WorkflowGraph graph = new WorkflowGraph(steps.ofDefinition(session, definitionId));
        if (graphs.size() < MAX_ENTRIES) {
            graphs.put(definitionId, graph);
        }
        return graph;
    }
}
