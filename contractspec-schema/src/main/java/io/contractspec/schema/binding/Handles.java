package io.contractspec.schema.binding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Method handles onto a record's canonical constructor and accessors, typed for generic calls. */
final class Handles {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Handles() {}

    /** The canonical constructor as {@code (Object[] components) -> Object}, in component order. */
    static MethodHandle constructor(Class<?> recordType) {
        RecordComponent[] components = recordType.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(types);
            MethodHandle handle = LOOKUP.unreflectConstructor(open(constructor, recordType));
            return handle.asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("cannot use the canonical constructor of record "
                    + recordType.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The accessor of the component as {@code (Object record) -> Object}, primitives boxed. */
    static MethodHandle accessor(RecordComponent component) {
        try {
            MethodHandle handle = LOOKUP.unreflect(open(component.getAccessor(), component.getDeclaringRecord()));
            return handle.asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot use the accessor " + component.getName() + "() of record "
                    + component.getDeclaringRecord().getName() + ": " + e.getMessage(), e);
        }
    }

    /** Records are often package-private or nested; reach them unless a module keeps them closed. */
    private static <T extends AccessibleObject> T open(T member, Class<?> recordType) {
        try {
            member.setAccessible(true);
            return member;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("record " + recordType.getName()
                    + " is not accessible; open its package to ContractSpec: " + e.getMessage(), e);
        }
    }
}
