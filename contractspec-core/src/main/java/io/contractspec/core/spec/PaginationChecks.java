package io.contractspec.core.spec;

import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import java.util.Optional;
import java.util.function.Consumer;

/** The build-time checks of a {@link Pagination}: the four fields exist and have types that fit. */
final class PaginationChecks {

    private PaginationChecks() {}

    static void check(OperationSpec spec, Pagination pagination, Consumer<String> fail) {
        Optional<Model> input = spec.input();
        if (input.isEmpty()) {
            fail.accept("pagination: a paginated operation needs an input model with its cursor and page size");
            return;
        }
        field(input.get(), pagination.inputToken(), "inputToken", fail).ifPresent(cursor -> {
            requireToken(cursor, "inputToken", fail);
            if (cursor.isRequired()) {
                fail.accept("pagination.inputToken: '" + cursor.name() + "' must be optional (the first page has no cursor)");
            }
        });
        field(input.get(), pagination.pageSize(), "pageSize", fail).ifPresent(size -> {
            if (size.isArray() || size.type() != Scalar.INT) {
                fail.accept("pagination.pageSize: '" + size.name() + "' must be a single Int");
            } else if (size.isRequired()) {
                fail.accept("pagination.pageSize: '" + size.name() + "' must be optional (with a default page size)");
            }
        });
        field(spec.output(), pagination.outputToken(), "outputToken", fail).ifPresent(next -> {
            requireToken(next, "outputToken", fail);
            if (next.isRequired() && !next.isNullable()) {
                fail.accept("pagination.outputToken: '" + next.name()
                        + "' must be optional or nullable (the last page has no next cursor)");
            }
        });
        field(spec.output(), pagination.items(), "items", fail).ifPresent(items -> {
            if (!items.isArray()) {
                fail.accept("pagination.items: '" + items.name() + "' must be an array");
            }
        });
    }

    private static Optional<Field> field(Model model, String name, String role, Consumer<String> fail) {
        Optional<Field> field = model.field(name);
        if (field.isEmpty()) {
            fail.accept("pagination." + role + ": '" + name + "' is not a field of " + model.name());
        }
        return field;
    }

    private static void requireToken(Field field, String role, Consumer<String> fail) {
        SchemaType type = field.type();
        if (field.isArray() || !(type instanceof Scalar) || type.jsonType() != JsonType.STRING) {
            fail.accept("pagination." + role + ": '" + field.name() + "' must be a single string-typed scalar");
        }
    }
}
