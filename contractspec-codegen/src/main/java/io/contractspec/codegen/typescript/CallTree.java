package io.contractspec.codegen.typescript;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.spec.OperationSpec;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The client's calls as a tree of {@link SurfaceNames#clientPath client paths}: inner nodes are
 * namespaces, leaves are operations. A path that is both a call and a namespace
 * ({@code a.b} and {@code a.b.c}) cannot be written in one object and is rejected by name.
 */
record CallTree(SortedMap<String, CallTree> children, Optional<OperationSpec> operation) {

    static CallTree of(List<OperationSpec> operations, SurfaceNames names) {
        CallTree root = new CallTree(new TreeMap<>(), Optional.empty());
        for (OperationSpec operation : operations) {
            List<String> path = names.clientPath(operation);
            CallTree node = root;
            for (String segment : path.subList(0, path.size() - 1)) {
                node = node.namespace(segment, operation);
            }
            String last = path.get(path.size() - 1);
            if (node.children().containsKey(last)) {
                throw clash(operation, path);
            }
            node.children().put(last, new CallTree(new TreeMap<>(), Optional.of(operation)));
        }
        return root;
    }

    private CallTree namespace(String segment, OperationSpec operation) {
        CallTree child = children.computeIfAbsent(segment, name -> new CallTree(new TreeMap<>(), Optional.empty()));
        if (child.operation().isPresent()) {
            throw clash(operation, List.of(segment));
        }
        return child;
    }

    private static IllegalArgumentException clash(OperationSpec operation, List<String> path) {
        return new IllegalArgumentException("client path of " + operation.ref() + " clashes at '" + String.join(".", path)
                + "': one name cannot be both a call and a namespace; rename a key or set its transport override");
    }
}
