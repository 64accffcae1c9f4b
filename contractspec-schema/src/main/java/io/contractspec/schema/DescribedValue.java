package io.contractspec.schema;

/**
 * A Java enum constant that documents itself, so that the Java enum is the one place its values
 * are stated: {@link EnumType#from(String, String, Class)} makes the contract's enum from it.
 */
public interface DescribedValue {

    /** What the value means, as the docs and schemas show it. */
    String description();
}
