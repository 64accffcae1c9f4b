package io.contractspec.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** Flattens generated dynamic nodes into their tests, by "container/test" name, in order. */
final class DynamicNodes {

    private DynamicNodes() {}

    static Map<String, DynamicTest> tests(Stream<? extends DynamicNode> nodes) {
        Map<String, DynamicTest> tests = new LinkedHashMap<>();
        nodes.forEach(node -> collect("", node, tests));
        return tests;
    }

    private static void collect(String prefix, DynamicNode node, Map<String, DynamicTest> tests) {
        String name = prefix + node.getDisplayName();
        if (node instanceof DynamicContainer container) {
            container.getChildren().forEach(child -> collect(name + "/", child, tests));
        } else {
            tests.put(name, (DynamicTest) node);
        }
    }

    /** Runs a generated test and returns what it threw, or null when it passed. */
    static Throwable outcome(DynamicTest test) {
        try {
            test.getExecutable().execute();
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }
}
