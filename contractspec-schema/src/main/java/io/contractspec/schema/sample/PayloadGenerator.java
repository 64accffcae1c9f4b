package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Model;
import java.util.Objects;
import java.util.Random;

/**
 * Generates payloads for a model from a seeded {@link Random}: valid ones that cover optional,
 * nullable and array fields, constraint bounds and every enum value, and invalid ones that carry
 * exactly one fault ({@link MutationKind}) anywhere in the tree, inside arrays of models included.
 * The same model, sampler and seed always give the same payloads.
 *
 * <pre>{@code
 * PayloadGenerator generator = PayloadGenerator.of(samples);
 * Random random = new Random(42);
 * ObjectNode ok = generator.valid(ORDER, random);
 * GeneratedPayload bad = generator.invalid(ORDER, random);   // e.g. TOO_LONG at lines[2].sku
 * }</pre>
 */
@PublicApi
public final class PayloadGenerator {

    private final ScalarSampler sampler;
    private final ScalarValues scalars;

    private PayloadGenerator(ScalarSampler sampler) {
        this.sampler = sampler;
        this.scalars = new ScalarValues(sampler);
    }

    /** A generator that takes scalar values from the sampler. */
    public static PayloadGenerator of(ScalarSampler sampler) {
        return new PayloadGenerator(Objects.requireNonNull(sampler, "sampler"));
    }

    /**
     * A payload the model accepts.
     *
     * @throws IllegalArgumentException when a field's constraints admit none of the candidate values
     *     (a pattern that no sample matches): give that field a default value that meets them
     */
    public ObjectNode valid(Model model, Random random) {
        return new ValidPayloads(scalars, requireRandom(random)).object(Objects.requireNonNull(model, "model"));
    }

    /** A valid payload with one fault put in; the returned {@link Mutation} says which and where. */
    public GeneratedPayload invalid(Model model, Random random) {
        ValidPayloads valid = new ValidPayloads(scalars, requireRandom(random));
        ObjectNode payload = valid.object(Objects.requireNonNull(model, "model"));
        return MutationSites.mutate(model, payload, valid, sampler, random);
    }

    /** Valid or invalid with even odds; for mixed streams such as differential tests. */
    public GeneratedPayload next(Model model, Random random) {
        return requireRandom(random).nextBoolean() ? GeneratedPayload.valid(valid(model, random)) : invalid(model, random);
    }

    private static Random requireRandom(Random random) {
        return Objects.requireNonNull(random, "random");
    }
}
