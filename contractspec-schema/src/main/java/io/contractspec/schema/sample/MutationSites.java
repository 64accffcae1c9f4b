package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import io.contractspec.schema.internal.PayloadPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Every place in a valid payload where one fault can be put, grouped by kind. A kind is chosen
 * first and a place second, so rare kinds (a dropped root field) are as likely as common ones (a
 * fault deep inside an array of models).
 */
final class MutationSites {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Puts the fault into the payload and returns the payload (a new one when the root is replaced). */
    private interface Change {
        JsonNode apply(JsonNode payload);
    }

    private record Site(Mutation mutation, Change change) {}

    private final Map<MutationKind, List<Site>> byKind = new EnumMap<>(MutationKind.class);
    private final ValidPayloads valid;
    private final ScalarSampler sampler;
    private final Random random;

    private MutationSites(ValidPayloads valid, ScalarSampler sampler, Random random) {
        this.valid = valid;
        this.sampler = sampler;
        this.random = random;
    }

    static GeneratedPayload mutate(Model model, ObjectNode payload, ValidPayloads valid, ScalarSampler sampler,
            Random random) {
        MutationSites sites = new MutationSites(valid, sampler, random);
        sites.add(MutationKind.WRONG_KIND, PayloadPath.ROOT, root -> random.nextInt(4) == 0
                ? JSON.nullNode()
                : FaultyValues.wrongKind(JsonType.OBJECT, random).orElseThrow());
        sites.object(model, payload, PayloadPath.ROOT);
        List<MutationKind> kinds = new ArrayList<>(sites.byKind.keySet());
        List<Site> places = sites.byKind.get(kinds.get(random.nextInt(kinds.size())));
        Site site = places.get(random.nextInt(places.size()));
        return GeneratedPayload.mutated(site.change().apply(payload), site.mutation());
    }

    private void object(Model model, ObjectNode node, PayloadPath path) {
        for (Field field : model.fields()) {
            PayloadPath at = path.field(field.name());
            JsonNode value = node.get(field.name());
            if (value == null) {
                // An absent optional field can still be sent with a value of the wrong kind.
                wrongKind(field, at, wrong -> node.set(field.name(), wrong));
                continue;
            }
            if (field.isRequired()) {
                edit(MutationKind.DROP_REQUIRED, at, () -> node.remove(field.name()));
            }
            field(field, value, at, replacement -> node.set(field.name(), replacement));
        }
        if (!model.allowsUnknownFields()) {
            String name = FaultyValues.unknownFieldName(model);
            edit(MutationKind.UNKNOWN_FIELD, path.field(name), () -> node.put(name, "not declared"));
        }
    }

    private void field(Field field, JsonNode value, PayloadPath at, Consumer<JsonNode> replace) {
        if (!field.isNullable()) {
            edit(MutationKind.NULL_NOT_NULLABLE, at, () -> replace.accept(JSON.nullNode()));
        }
        wrongKind(field, at, replace);
        if (value.isNull() || field.isMap()) {
            return;
        }
        if (!field.isArray()) {
            value(field, value, at, replace);
            return;
        }
        ArrayNode array = (ArrayNode) value;
        Constraints constraints = field.constraints();
        constraints.minItems().filter(min -> min > 0).ifPresent(min -> edit(MutationKind.TOO_FEW_ITEMS, at, () -> {
            while (array.size() >= min) {
                array.remove(array.size() - 1);
            }
        }));
        constraints.maxItems().ifPresent(max -> edit(MutationKind.TOO_MANY_ITEMS, at, () -> {
            while (array.size() <= max) {
                array.add(valid.value(field));
            }
        }));
        for (int i = 0; i < array.size(); i++) {
            int index = i;
            edit(MutationKind.NULL_ITEM, at.index(i), () -> array.set(index, JSON.nullNode()));
            value(field, array.get(i), at.index(i), item -> array.set(index, item));
        }
    }

    /** Faults of one non-null value (an array item, for an array field). */
    private void value(Field field, JsonNode value, PayloadPath at, Consumer<JsonNode> replace) {
        if (field.isArray()) {
            wrongKindOfValue(field.type().jsonType(), at, replace);
        }
        if (field.hasConstant() || field.type() instanceof Union) {
            // A constant or a union has no single faulty value to aim at; its kind is still mutated above.
            return;
        }
        if (field.type() instanceof Model model) {
            object(model, (ObjectNode) value, at);
        } else if (field.type() instanceof EnumType type) {
            edit(MutationKind.BAD_ENUM_VALUE, at, () -> replace.accept(FaultyValues.notInEnum(type, random)));
        } else {
            scalar(field, (Scalar) field.type(), value, at, replace);
        }
    }

    private void scalar(Field field, Scalar scalar, JsonNode value, PayloadPath at, Consumer<JsonNode> replace) {
        List<JsonNode> invalid = sampler.invalid(scalar);
        if (!invalid.isEmpty()) {
            edit(MutationKind.INVALID_SCALAR, at,
                    () -> replace.accept(invalid.get(random.nextInt(invalid.size())).deepCopy()));
        }
        Constraints constraints = field.constraints();
        constraints.minimum().ifPresent(min -> edit(MutationKind.BELOW_MINIMUM, at,
                () -> replace.accept(FaultyValues.below(min))));
        constraints.maximum().ifPresent(max -> edit(MutationKind.ABOVE_MAXIMUM, at,
                () -> replace.accept(FaultyValues.above(max))));
        constraints.minLength().filter(min -> min > 0).ifPresent(min -> edit(MutationKind.TOO_SHORT, at,
                () -> replace.accept(FaultyValues.text(min - 1, random))));
        constraints.maxLength().ifPresent(max -> edit(MutationKind.TOO_LONG, at,
                () -> replace.accept(FaultyValues.text(max + 1, random))));
        if (constraints.compiledPattern() != null && value.isTextual()) {
            List<JsonNode> misses = FaultyValues.patternMisses(field, value, random);
            if (!misses.isEmpty()) {
                edit(MutationKind.PATTERN_MISMATCH, at,
                        () -> replace.accept(misses.get(random.nextInt(misses.size()))));
            }
        }
    }

    /** A whole field value of the wrong kind: not an array (an object) for array (map) fields, else the value's kind. */
    private void wrongKind(Field field, PayloadPath at, Consumer<JsonNode> replace) {
        if (field.isArray()) {
            edit(MutationKind.WRONG_KIND, at, () -> replace.accept(FaultyValues.notAnArray(random)));
        } else if (field.isMap()) {
            wrongKindOfValue(JsonType.OBJECT, at, replace);
        } else {
            wrongKindOfValue(field.type().jsonType(), at, replace);
        }
    }

    private void wrongKindOfValue(JsonType expected, PayloadPath at, Consumer<JsonNode> replace) {
        if (expected != JsonType.ANY) {
            edit(MutationKind.WRONG_KIND, at, () -> replace.accept(FaultyValues.wrongKind(expected, random).orElseThrow()));
        }
    }

    private void edit(MutationKind kind, PayloadPath path, Runnable edit) {
        add(kind, path, payload -> {
            edit.run();
            return payload;
        });
    }

    private void add(MutationKind kind, PayloadPath path, Change change) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Site(new Mutation(kind, path.toString()), change));
    }
}
