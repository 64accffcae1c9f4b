package io.contractspec.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One property or parameter to a field: array and map wrappers unwrapped, nullability, constraints,
 * default and constant. Each optional part is tried on its own, so that a part our library rejects
 * (a pattern that is not ECMA-262, a default that does not validate) is dropped with a diagnostic
 * instead of losing the field.
 */
final class FieldMapper {

    /** Our export's property default, beside its prose note (see the REST module's SchemaTidy). */
    private static final String OWN_DEFAULT = "x-contractspec-default";

    private final SchemaMapper schemas;
    private final ImportProblems problems;

    FieldMapper(SchemaMapper schemas, ImportProblems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    /** {@code parameter}: the binding keeps the wire name, so a renamed field changes nothing on the wire. */
    Field field(String wireName, Schema<?> declared, boolean required, String owner, String pointer, boolean parameter) {
        String name = Identifiers.fieldName(wireName);
        if (!name.equals(wireName) && parameter) {
            problems.note(pointer, "renamed-parameter", "'" + wireName + "' is bound to the field '" + name + "'");
        } else if (!name.equals(wireName)) {
            problems.warn(pointer, "renamed-field", "'" + wireName + "' is not an identifier; the field is '" + name
                    + "', so its wire name changes");
        }
        Schema<?> outer = declared == null ? new Schema<>() : declared;
        Schema<?> resolved = schemas.resolve(outer);
        if (resolved == null) {
            resolved = new Schema<>();
        }
        SchemaView view = new SchemaView(resolved);
        String typeName = owner + Identifiers.typeName(wireName);
        boolean array = view.type().filter("array"::equals).isPresent();
        boolean map = !array && view.properties() == null && view.mapValues().isPresent()
                && resolved.getAllOf() == null && resolved.getOneOf() == null && resolved.getAnyOf() == null;
        Schema<?> valueSchema = outer;
        String valuePointer = pointer;
        if (array) {
            valueSchema = resolved.getItems() == null ? new Schema<>() : resolved.getItems();
            valuePointer = pointer + "/items";
        } else if (map) {
            valueSchema = view.mapValues().orElseThrow();
            valuePointer = pointer + "/additionalProperties";
        }
        Schema<?> value = Optional.ofNullable(schemas.resolve(valueSchema)).orElseGet(Schema::new);
        SchemaType type = schemas.value(valueSchema, typeName, valuePointer);
        Field.Builder field = required ? Field.required(name, type) : Field.optional(name, type);
        if (array) {
            field.array();
        } else if (map) {
            field.map();
        }
        boolean nullable = view.nullable() || new SchemaView(outer).nullable();
        if (nullable) {
            field.nullable();
        }
        if ((array || map) && new SchemaView(value).nullable()) {
            field.nullableItems();
        }
        Optional<JsonNode> ownDefault = ownDefault(outer);
        String description = new SchemaView(outer).description();
        description = description.isEmpty() ? view.description() : description;
        String prose = description;
        field.description(ownDefault.map(known -> withoutDefaultNote(prose, known)).orElse(prose));
        Field base = field.build();
        base = attempt(base, constrained(base.toBuilder(), resolved, value, type), pointer, "constraints");
        Optional<JsonNode> constant = new SchemaView(value).constant();
        if (constant.isPresent()) {
            base = attempt(base, base.toBuilder().constant(constant.get()), pointer, "const");
        }
        Optional<JsonNode> defaultValue = ownDefault.or(view::defaultValue);
        if (defaultValue.isPresent()) {
            base = attempt(base, base.toBuilder().defaultValue(defaultValue.get()), pointer, "default");
        }
        return base;
    }

    /**
     * The default our export moved into the description ("… Default: 50.") and kept in
     * {@code x-contractspec-default}, as generators read a {@code default} as "always present".
     */
    private static Optional<JsonNode> ownDefault(Schema<?> property) {
        return property.getExtensions() == null || !property.getExtensions().containsKey(OWN_DEFAULT) ? Optional.empty()
                : Optional.ofNullable(SchemaView.json(property.getExtensions().get(OWN_DEFAULT)));
    }

    /** The description without the note our export added for the default, so that the original comes back. */
    private static String withoutDefaultNote(String description, JsonNode value) {
        String note = "Default: " + value + ".";
        if (description.equals(note)) {
            return "";
        }
        return description.endsWith(" " + note) ? description.substring(0, description.length() - note.length() - 1)
                : description;
    }

    /** The builder with the value's and the array's constraints that fit the type. */
    private Field.Builder constrained(Field.Builder field, Schema<?> outer, Schema<?> value, SchemaType type) {
        // Beside our export's scalar name, the scalar's own rules; the field's are the other keywords.
        Set<String> scalarOwn = new HashSet<>();
        SchemaMapper.ownScalar(value).ifPresent(scalar -> scalar.jsonSchema().fieldNames().forEachRemaining(scalarOwn::add));
        boolean numeric = type == Scalar.INT || type == Scalar.FLOAT
                || type instanceof Scalar number && number.jsonType() == JsonType.NUMBER && !scalarOwn.isEmpty();
        boolean textual = type instanceof Scalar scalar && scalar.jsonType() == JsonType.STRING;
        if (numeric) {
            lower(value, type).filter(min -> !scalarOwn.contains("minimum")).ifPresent(field::minimum);
            upper(value, type).filter(max -> !scalarOwn.contains("maximum")).ifPresent(field::maximum);
        }
        if (textual) {
            Optional.ofNullable(value.getMinLength()).filter(min -> !scalarOwn.contains("minLength"))
                    .ifPresent(field::minLength);
            Optional.ofNullable(value.getMaxLength()).filter(max -> !scalarOwn.contains("maxLength"))
                    .ifPresent(field::maxLength);
            Optional.ofNullable(value.getPattern()).filter(pattern -> !scalarOwn.contains("pattern"))
                    .ifPresent(field::pattern);
        }
        if (outer != value) {
            Optional.ofNullable(outer.getMinItems()).or(() -> Optional.ofNullable(outer.getMinProperties()))
                    .ifPresent(field::minItems);
            Optional.ofNullable(outer.getMaxItems()).or(() -> Optional.ofNullable(outer.getMaxProperties()))
                    .ifPresent(field::maxItems);
        }
        return field;
    }

    /** {@code minimum}, or an exclusive minimum: the next integer for integers, the bound itself for numbers. */
    private Optional<BigDecimal> lower(Schema<?> value, SchemaType type) {
        if (value.getExclusiveMinimumValue() != null) {
            return Optional.of(exclusive(value.getExclusiveMinimumValue(), type, BigDecimal.ONE));
        }
        Optional<BigDecimal> minimum = Optional.ofNullable(value.getMinimum());
        return Boolean.TRUE.equals(value.getExclusiveMinimum()) ? minimum.map(min -> exclusive(min, type, BigDecimal.ONE))
                : minimum;
    }

    private Optional<BigDecimal> upper(Schema<?> value, SchemaType type) {
        if (value.getExclusiveMaximumValue() != null) {
            return Optional.of(exclusive(value.getExclusiveMaximumValue(), type, BigDecimal.ONE.negate()));
        }
        Optional<BigDecimal> maximum = Optional.ofNullable(value.getMaximum());
        return Boolean.TRUE.equals(value.getExclusiveMaximum())
                ? maximum.map(max -> exclusive(max, type, BigDecimal.ONE.negate())) : maximum;
    }

    private static BigDecimal exclusive(BigDecimal bound, SchemaType type, BigDecimal step) {
        if (type != Scalar.INT) {
            return bound;
        }
        BigDecimal whole = step.signum() > 0 ? bound.setScale(0, RoundingMode.FLOOR)
                : bound.setScale(0, RoundingMode.CEILING);
        return whole.add(step);
    }

    /** The field with one more part when a model accepts it, else the field as it was and a diagnostic. */
    private Field attempt(Field before, Field.Builder with, String pointer, String part) {
        try {
            Field field = with.build();
            Model.builder("Probe").field(field).build();
            return field;
        } catch (IllegalArgumentException e) {
            problems.warn(pointer, "dropped-" + part, "the " + part + " cannot be kept: " + e.getMessage());
            return before;
        }
    }
}
