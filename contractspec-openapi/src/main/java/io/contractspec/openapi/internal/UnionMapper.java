package io.contractspec.openapi.internal;

import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code oneOf}/{@code anyOf} to a union: null alternatives make the field nullable, a single other
 * alternative is that type, the rest become variants tagged by the discriminator's mapping (or the
 * component name). Alternatives our unions cannot hold (arrays, two of one type) make the value JSON.
 */
final class UnionMapper {

    private final SchemaMapper schemas;
    private final ImportProblems problems;

    UnionMapper(SchemaMapper schemas, ImportProblems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    SchemaType union(Schema<?> schema, List<Schema> alternatives, String name, String pointer) {
        String keyword = schema.getOneOf() != null ? "oneOf" : "anyOf";
        List<Schema> variants = alternatives.stream().filter(variant -> !SchemaView.isNullOnly(variant)).toList();
        if (variants.isEmpty()) {
            return Scalar.JSON;
        }
        Map<String, String> tagsByRef = tagsByRef(schema.getDiscriminator());
        Union.Builder union = Union.builder(schemas.names().reserve(name)).description(new SchemaView(schema).description());
        if (keyword.equals("anyOf")) {
            union.inclusive();
        }
        List<SchemaType> types = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            Schema<?> variant = variants.get(i);
            String at = pointer + "/" + keyword + "/" + i;
            Schema<?> resolved = schemas.resolve(variant);
            if (resolved != null && new SchemaView(resolved).type().filter("array"::equals).isPresent()) {
                problems.warn(at, "array-variant", "a union variant that is an array is not supported; the value is typed JSON");
                return Scalar.JSON;
            }
            SchemaType type = schemas.value(variant, name + "Variant" + (i + 1), at);
            String tag = variant.get$ref() != null && tagsByRef.containsKey(variant.get$ref())
                    ? tagsByRef.get(variant.get$ref()) : type.name();
            if (!tags.add(tag)) {
                problems.warn(at, "duplicate-variant", "two " + keyword + " alternatives have the type " + type.name()
                        + "; the value is typed JSON");
                return Scalar.JSON;
            }
            types.add(type);
            union.variant(tag, type);
        }
        if (types.size() == 1) {
            return types.get(0);
        }
        String property = schema.getDiscriminator() == null ? null : schema.getDiscriminator().getPropertyName();
        if (property != null) {
            if (Identifiers.isIdentifier(property) && types.stream().allMatch(type -> type instanceof Model)) {
                union.discriminator(property);
            } else {
                problems.warn(pointer + "/discriminator", "discriminator", "the discriminator '" + property
                        + "' needs model variants and an identifier; the variants are matched by shape instead");
            }
        }
        try {
            return schemas.share(union.build());
        } catch (IllegalArgumentException e) {
            problems.warn(pointer, "union", "the " + keyword + " cannot be a union (" + e.getMessage() + "); typed JSON");
            return Scalar.JSON;
        }
    }

    private static Map<String, String> tagsByRef(Discriminator discriminator) {
        Map<String, String> tags = new HashMap<>();
        if (discriminator != null && discriminator.getMapping() != null) {
            discriminator.getMapping().forEach((tag, ref) -> tags.putIfAbsent(
                    ref.startsWith("#/") ? ref : "#/components/schemas/" + ref, tag));
        }
        return tags;
    }
}
