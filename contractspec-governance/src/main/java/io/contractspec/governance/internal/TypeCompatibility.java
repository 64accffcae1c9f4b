package io.contractspec.governance.internal;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import java.util.Set;

/**
 * Whether one type accepts every value of another, for the type changes that are compatible in
 * one direction: an input may widen ({@code Int} → {@code Float}, an enum → {@code String}), an
 * output may narrow ({@code String} → {@code NonEmptyString}).
 */
public final class TypeCompatibility {

    /** String scalars whose values always contain a non-whitespace character. */
    private static final Set<Scalar> NON_BLANK_STRINGS = Set.of(
            Scalar.ID, Scalar.DATE, Scalar.DATE_TIME, Scalar.TIME, Scalar.EMAIL_ADDRESS, Scalar.URL,
            Scalar.PHONE_NUMBER, Scalar.LOCALE, Scalar.TIME_ZONE, Scalar.CURRENCY, Scalar.COUNTRY_CODE, Scalar.UUID);
    private static final Set<Scalar> FLOATS = Set.of(Scalar.INT, Scalar.LATITUDE, Scalar.LONGITUDE);

    private TypeCompatibility() {}

    /** True when every valid value of {@code narrower} is a valid value of {@code wider}. */
    public static boolean accepts(SchemaType wider, SchemaType narrower) {
        if (wider.equals(narrower) || wider == Scalar.JSON) {
            return true;
        }
        if (wider == Scalar.JSON_OBJECT) {
            return narrower instanceof Model;
        }
        if (wider == Scalar.STRING) {
            return narrower.jsonType() == JsonType.STRING;
        }
        if (wider == Scalar.NON_EMPTY_STRING) {
            return narrower instanceof Scalar scalar ? NON_BLANK_STRINGS.contains(scalar)
                    : narrower instanceof EnumType enumType
                            && enumType.wireValues().stream().noneMatch(String::isBlank);
        }
        return wider == Scalar.FLOAT && narrower instanceof Scalar scalar && FLOATS.contains(scalar);
    }
}
