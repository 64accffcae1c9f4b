package io.contractspec.schema.differential;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Model;
import io.contractspec.schema.ValidationResult;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.contractspec.schema.sample.GeneratedPayload;
import io.contractspec.schema.sample.PayloadGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Judges generated payloads with our validator and with the {@link ReferenceValidator} on the
 * schema we project, and reports every payload they judge differently. Agreement on thousands of
 * valid and near-valid payloads is the evidence that a projected schema means what the model means.
 */
public final class DifferentialCheck {

    private DifferentialCheck() {}

    /** Compares {@link Model#validate} with the reference on {@link JsonSchemaProjection#of} for {@code count} payloads. */
    public static DifferentialReport run(Model model, PayloadGenerator generator, long seed, int count) {
        Random random = new Random(seed);
        List<GeneratedPayload> payloads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            payloads.add(generator.next(model, random));
        }
        return compare(model.name() + " (seed " + seed + ")", JsonSchemaProjection.of(model), model::validate, payloads);
    }

    /**
     * Compares any validator of ours with the reference on a schema document; for surfaces other
     * than a single model (an operation's input, an OpenAPI component).
     */
    public static DifferentialReport compare(String subject, JsonNode schemaDocument,
            Function<JsonNode, ValidationResult> ours, List<GeneratedPayload> payloads) {
        ReferenceValidator reference = ReferenceValidator.of(schemaDocument);
        int acceptedByBoth = 0;
        int rejectedByBoth = 0;
        int knownDeviations = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> misgenerated = new ArrayList<>();
        for (GeneratedPayload generated : payloads) {
            JsonNode wire = WireForm.of(generated.payload());
            ValidationResult ourResult = ours.apply(wire);
            List<String> referenceErrors = reference.errors(wire);
            if (ourResult.isValid() != referenceErrors.isEmpty()) {
                if (ReferenceDefects.explainsDisagreement(wire)) {
                    knownDeviations++;
                } else {
                    mismatches.add(describe(generated, ourResult, referenceErrors));
                }
            } else if (ourResult.isValid()) {
                acceptedByBoth++;
            } else {
                rejectedByBoth++;
            }
            if (generated.intendedValid() && !ourResult.isValid()) {
                misgenerated.add(describe(generated, ourResult, referenceErrors));
            }
        }
        return new DifferentialReport(
                subject, payloads.size(), acceptedByBoth, rejectedByBoth, knownDeviations, mismatches, misgenerated);
    }

    private static String describe(GeneratedPayload generated, ValidationResult ours, List<String> reference) {
        return "- payload (" + generated.mutation().map(Object::toString).orElse("built valid") + "): "
                + generated.payload()
                + "\n    ours:      " + (ours.isValid() ? "valid" : ours.issues().stream().map(Diagnostic::toString).toList())
                + "\n    reference: " + (reference.isEmpty() ? "valid" : reference);
    }
}
