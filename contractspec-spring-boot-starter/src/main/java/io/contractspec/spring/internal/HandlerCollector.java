package io.contractspec.spring.internal;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.spring.ContractHandler;
import io.contractspec.spring.ContractHandlers;
import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Finds the handlers among the application's beans: every {@link ContractHandlers} bean, every
 * bean class annotated {@link ContractHandler} that implements {@link OperationHandler}, and every
 * {@link ContractHandler} method. Bean types are inspected without creating beans; only handler
 * beans are created.
 */
public final class HandlerCollector {

    private HandlerCollector() {}

    public static HandlerBindings collect(ContractRegistry registry, ConfigurableListableBeanFactory beans) {
        HandlerBindings.Builder handlers = HandlerBindings.builder(registry);
        beans.getBeanProvider(ContractHandlers.class).orderedStream().forEach(bean -> bean.bind(handlers));
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> userType = ClassUtils.getUserClass(type);
            ContractHandler onType = AnnotatedElementUtils.findMergedAnnotation(userType, ContractHandler.class);
            if (onType != null) {
                bindBean(registry, handlers, name, beans.getBean(name), onType);
            }
            Map<Method, ContractHandler> methods = MethodIntrospector.selectMethods(userType,
                    (MethodIntrospector.MetadataLookup<ContractHandler>) method ->
                            AnnotatedElementUtils.findMergedAnnotation(method, ContractHandler.class));
            if (!methods.isEmpty()) {
                Object bean = beans.getBean(name);
                methods.forEach((method, annotation) -> {
                    OperationSpec operation = operation(registry, annotation, userType.getName() + "." + method.getName());
                    handlers.bind(operation, MethodHandler.of(bean, AopUtils.selectInvocableMethod(method, bean.getClass()), operation));
                });
            }
        }
        return handlers.build();
    }

    private static void bindBean(ContractRegistry registry, HandlerBindings.Builder handlers, String name, Object bean,
            ContractHandler annotation) {
        if (!(bean instanceof OperationHandler handler)) {
            throw new IllegalStateException("bean '" + name + "' is annotated @ContractHandler(\"" + annotation.value()
                    + "\") but does not implement OperationHandler; annotate a method instead");
        }
        handlers.bind(operation(registry, annotation, "bean '" + name + "'"), handler);
    }

    private static OperationSpec operation(ContractRegistry registry, ContractHandler annotation, String where) {
        String version = annotation.version();
        return (version.isEmpty() ? registry.operation(annotation.value()) : registry.operation(annotation.value(), version))
                .orElseThrow(() -> new IllegalStateException("@ContractHandler(\"" + annotation.value() + "\""
                        + (version.isEmpty() ? "" : ", version " + version) + ") on " + where
                        + " names no operation of the registry; registered operations: "
                        + registry.operations().stream().map(op -> op.ref().toString()).toList()));
    }
}
