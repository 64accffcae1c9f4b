package io.contractspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.internal.DefaultValues;
import io.contractspec.schema.internal.Names;
import io.contractspec.schema.internal.PayloadValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named object type: an ordered list of {@link Field}s. Unknown fields are rejected unless the
 * model is built with {@link Builder#allowUnknownFields()}.
 *
 * <pre>{@code
 * Model PAUSE_RESUME_INPUT = Model.builder("PauseResumeInput")
 *     .required("instanceId", Scalar.STRING, "The instance to pause or resume.")
 *     .optional("reason", Scalar.STRING, "Why, for the audit trail.")
 *     .build();
 * }</pre>
 */
public final class Model implements SchemaType {

    private final String name;
    private final String description;
    private final List<Field> fields;
    private final Map<String, Field> fieldsByName;
    private final boolean allowUnknownFields;

    private Model(Builder builder) {
        this.name = Names.requireIdentifier(builder.name, "Model name");
        this.description = builder.description;
        this.allowUnknownFields = builder.allowUnknownFields;
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field.Builder fieldBuilder : builder.fields) {
            Field field = buildField(fieldBuilder);
            if (byName.put(field.name(), field) != null) {
                throw new IllegalArgumentException("Model " + name + ": duplicate field '" + field.name() + "'");
            }
        }
        this.fieldsByName = Collections.unmodifiableMap(byName);
        this.fields = List.copyOf(byName.values());
        fields.forEach(this::checkDefault);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(name).description(description);
        fields.forEach(field -> builder.field(field.toBuilder()));
        builder.allowUnknownFields = allowUnknownFields;
        return builder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public JsonType jsonType() {
        return JsonType.OBJECT;
    }

    /** Fields in declaration order. */
    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String fieldName) {
        return Optional.ofNullable(fieldsByName.get(fieldName));
    }

    public boolean allowsUnknownFields() {
        return allowUnknownFields;
    }

    /** Validates a wire payload against this model and returns every issue found. */
    public ValidationResult validate(JsonNode payload) {
        return PayloadValidator.validate(this, payload);
    }

    /**
     * The payload with the declared default of every absent optional field filled in, nested
     * models included; the payload itself when nothing is missing. Call it on a valid payload:
     * the runtime does, so handlers read {@code priority} as 50 when the caller left it out.
     */
    public JsonNode withDefaults(JsonNode payload) {
        return DefaultValues.apply(this, payload);
    }

    private Field buildField(Field.Builder fieldBuilder) {
        try {
            return fieldBuilder.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Model " + name + ": " + e.getMessage(), e);
        }
    }

    private void checkDefault(Field field) {
        field.defaultValue().ifPresent(value -> {
            List<Diagnostic> issues = PayloadValidator.validateField(field, value);
            if (!issues.isEmpty()) {
                throw new IllegalArgumentException("Model " + name + ": default of field '" + field.name()
                        + "' is invalid: " + issues.get(0).message());
            }
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Model other
                && name.equals(other.name)
                && description.equals(other.description)
                && allowUnknownFields == other.allowUnknownFields
                && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, allowUnknownFields, fields);
    }

    @Override
    public String toString() {
        return "model " + name + fields;
    }

    /** Fluent builder; fields keep the order in which they are added. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final List<Field.Builder> fields = new ArrayList<>();
        private boolean allowUnknownFields;

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder field(Field.Builder field) {
            fields.add(Objects.requireNonNull(field, "field"));
            return this;
        }

        public Builder field(Field field) {
            return field(Objects.requireNonNull(field, "field").toBuilder());
        }

        public Builder required(String fieldName, SchemaType type) {
            return field(Field.required(fieldName, type));
        }

        public Builder required(String fieldName, SchemaType type, String fieldDescription) {
            return field(Field.required(fieldName, type).description(fieldDescription));
        }

        public Builder optional(String fieldName, SchemaType type) {
            return field(Field.optional(fieldName, type));
        }

        public Builder optional(String fieldName, SchemaType type, String fieldDescription) {
            return field(Field.optional(fieldName, type).description(fieldDescription));
        }

        /** Accept (and ignore) fields the model does not declare, instead of rejecting them. */
        public Builder allowUnknownFields() {
            this.allowUnknownFields = true;
            return this;
        }

        public Model build() {
            return new Model(this);
        }
    }
}
