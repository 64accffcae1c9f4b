package io.contractspec.benchmarks;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.json;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic contracts in bulk, for the governance benchmark: every operation has a nested input
 * and output (enums, arrays, constraints, defaults), policy, a route, errors, an emitted event and
 * two examples; one event per hundred operations. The evolved variant changes every 50th
 * operation in one of eight ways (breaking or not), removes every 1000th and adds ten.
 */
final class SyntheticContracts {

    private static final String OWNER = "@bench.team";
    private static final EnumType STATUS = EnumType.of("Status", "open", "closed");
    private static final EnumType STATUS_WIDER = EnumType.of("Status", "open", "closed", "archived");
    private static final Model ADDRESS = Model.builder("Address")
            .required("street", Scalar.NON_EMPTY_STRING)
            .required("zip", Scalar.STRING)
            .optional("country", Scalar.COUNTRY_CODE)
            .build();
    private static final Model LINE = Model.builder("Line")
            .required("sku", Scalar.ID)
            .field(Field.required("qty", Scalar.INT).minimum(1))
            .build();

    private SyntheticContracts() {}

    /** {@code operations} operations as first published. */
    static ContractRegistry original(int operations) {
        return build(operations, false);
    }

    /** The same contracts one release later. */
    static ContractRegistry evolved(int operations) {
        return build(operations, true);
    }

    private static ContractRegistry build(int operations, boolean evolved) {
        ContractRegistry.Builder registry = ContractRegistry.builder();
        for (int area = 0; area * 100 < operations; area++) {
            registry.register(event(area));
        }
        for (int i = 0; i < operations; i++) {
            if (!(evolved && i % 1000 == 999)) {
                registry.register(operation(i, evolved && i % 50 == 0 ? i / 50 % 8 : -1).build());
            }
        }
        for (int i = 0; evolved && i < 10; i++) {
            registry.register(operation(operations + i, -1).build());
        }
        return registry.build();
    }

    private static EventSpec event(int area) {
        return Contracts.event("bench.a" + area + ".changed", "1.0.0").stability(Stability.STABLE).owners(OWNER)
                .description("Something in area " + area + " changed.")
                .payload(Model.builder("AreaChanged").required("id", Scalar.ID).required("at", Scalar.DATE_TIME).build())
                .source(SourceLocation.NONE)
                .build();
    }

    /** Operation {@code i}; {@code change} 0-7 picks how the evolved variant differs, -1 for none. */
    private static OperationBuilder operation(int i, int change) {
        String key = "bench.a" + i / 100 + ".op" + i;
        List<Field.Builder> input = new ArrayList<>(List.of(
                Field.required("id", Scalar.ID),
                Field.required("name", Scalar.NON_EMPTY_STRING).maxLength(change == 5 ? 100 : 200),
                Field.optional("qty", Scalar.INT).minimum(1).maximum(1000).defaultValue(1),
                Field.optional("status", STATUS),
                Field.required("address", ADDRESS),
                Field.optional("tags", Scalar.STRING).array().maxItems(10)));
        if (change == 1) {
            input.add(Field.required("reason", Scalar.NON_EMPTY_STRING));
        }
        List<Field.Builder> output = new ArrayList<>(List.of(
                Field.required("id", Scalar.ID),
                Field.required("status", change == 4 ? STATUS_WIDER : STATUS),
                Field.required("lines", LINE).array(),
                Field.required("createdAt", Scalar.DATE_TIME)));
        if (change != 0) {
            output.add(Field.required("total", Scalar.INT).minimum(0));
        }
        OperationBuilder operation = Contracts.command(key, change >= 0 ? "1.1.0" : "1.0.0")
                .stability(Stability.STABLE).owners(OWNER)
                .description("Operation " + i + " of the synthetic load.")
                .goal("Exercise governance at scale.")
                .context("Benchmarks only.")
                .input(model("Op" + i + "Input", input))
                .output(model("Op" + i + "Output", output))
                .error("NOT_FOUND", 404, "no such record")
                .error("RECORD_LOCKED", 423, "the record is locked")
                .policy(auth(change == 2 ? AuthLevel.ADMIN : AuthLevel.USER)
                        .rateLimit(RateLimit.perUser(change == 6 ? 60 : 120)))
                .emits(SpecRef.of("bench.a" + i / 100 + ".changed", "1.0.0"), "Always")
                .rest(RestRoute.Method.POST, "/bench/op" + i + (change == 3 ? "/run" : "") + "/{id}")
                .example("ok", json("{id: 'r-1', name: 'n', address: {street: 's', zip: '8000'}}"),
                        json("{id: 'r-1', status: 'open'}"))
                .exampleError("locked", json("{id: 'r-2', name: 'n', address: {street: 's', zip: '8000'}}"),
                        "RECORD_LOCKED")
                .source(SourceLocation.NONE);
        return change == 7 ? operation.deprecation(null, SpecRef.of(key, "2.0.0")).stability(Stability.DEPRECATED)
                : operation;
    }

    private static Model model(String name, List<Field.Builder> fields) {
        Model.Builder model = Model.builder(name);
        fields.forEach(model::field);
        return model.build();
    }
}
