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
    /**
     * The type changed kind (scalar, enum, model) or became another scalar; nested models and enums
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
