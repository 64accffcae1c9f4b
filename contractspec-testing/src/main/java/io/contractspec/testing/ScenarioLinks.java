package io.contractspec.testing;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the {@link Scenario} annotations of test classes: on the classes themselves, on their
 * methods (including inherited ones, named after the declaring class) and on nested classes.
 */
final class ScenarioLinks {

    /** One annotation: the test it sits on ({@code Class.method} or {@code Class}), scenario and operation. */
    record Link(String test, String scenario, String operation) {}

    private final Set<Class<?>> visited = new LinkedHashSet<>();
    private final List<Link> links = new ArrayList<>();

    private ScenarioLinks() {}

    static List<Link> of(Collection<Class<?>> testClasses) {
        ScenarioLinks collector = new ScenarioLinks();
        testClasses.forEach(collector::visitHierarchy);
        return List.copyOf(collector.links);
    }

    private void visitHierarchy(Class<?> testClass) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            visit(type);
        }
    }

    private void visit(Class<?> type) {
        if (!visited.add(type)) {
            return;
        }
        add(nameOf(type), type);
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic()) {
                add(nameOf(type) + "." + method.getName(), method);
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            visitHierarchy(nested);
        }
    }

    private void add(String test, AnnotatedElement element) {
        for (Scenario scenario : element.getAnnotationsByType(Scenario.class)) {
            links.add(new Link(test, scenario.value(), scenario.operation().strip()));
        }
    }

    /** The binary name without the package: {@code ShopTest}, {@code ShopTest$Pause}. */
    private static String nameOf(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
