package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;


/** The parts of a field that can change; a changed field lists the ones that did. */
@PublicApi
public enum FieldAspect {
    /** Required became optional or the reverse. */
    OPTIONALITY,
    /** Nullable became non-nullable or the reverse. */
    NULLABILITY,
    /** A single value became an array or the reverse. */
    ARRAY,
    /** A single value or array became a map (an object of values under any keys) or the reverse. */
    MAP,
    /** The items of an array, or the values of a map, became nullable or the reverse. */
    NULLABLE_ITEMS,
    /** The constant value appeared, went away or changed. */
    CONSTANT,
    /** Both are unions and their variants (by tag), discriminator or exclusivity differ. */
    UNION,
    /**
     * The type changed kind (scalar, enum, model, union) or became another scalar; nested models and enums
     * are compared by content, not by name.
     */
    TYPE,
    /** Both are enums and their sets of wire values differ. */
    ENUM_VALUES,
    /** A value or item constraint changed; see {@link FieldChange#constraintChanges()}. */
    CONSTRAINTS,
    /** The default value changed, appeared or went away. */
    DEFAULT,
    /** Only documentation. */
    DESCRIPTION
}
