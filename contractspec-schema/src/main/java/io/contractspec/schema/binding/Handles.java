package io.contractspec.schema.binding;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Function;

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

    /**
     * The accessor of the component as {@code (Object record) -> Object}, primitives boxed. Every
     * record written (outputs, event payloads) calls it once per component, so it is a generated
     * function calling the accessor directly, where the record's package lets us in; else a method
     * handle, which the JIT cannot inline from a field.
     */
    static Function<Object, Object> accessor(RecordComponent component) {
        Class<?> recordType = component.getDeclaringRecord();
        try {
            MethodHandles.Lookup inRecord = MethodHandles.privateLookupIn(recordType, LOOKUP);
            CallSite site = LambdaMetafactory.metafactory(inRecord, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), inRecord.unreflect(component.getAccessor()),
                    MethodType.methodType(component.getType(), recordType).wrap());
            @SuppressWarnings("unchecked")
            Function<Object, Object> direct = (Function<Object, Object>) site.getTarget().invoke();
            return direct;
        } catch (IllegalAccessException | LambdaConversionException closed) {
            // a module that does not open the package to us: a method handle, if setAccessible may
        } catch (Error e) {
            throw e;
        } catch (Throwable e) { // invoking a metafactory's constructor handle: nothing else is thrown
            throw new IllegalStateException("cannot make the accessor of " + component, e);
        }
        MethodHandle generic;
        try {
            generic = LOOKUP.unreflect(open(component.getAccessor(), recordType))
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot use the accessor " + component.getName() + "() of record "
                    + recordType.getName() + ": " + e.getMessage(), e);
        }
        return record -> invoke(generic, record);
    }

    private static Object invoke(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) { // record accessors declare no checked exceptions
            throw new IllegalStateException("the accessor failed: " + e, e);
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
