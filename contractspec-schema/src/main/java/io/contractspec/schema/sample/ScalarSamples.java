package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Scalar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Valid and invalid wire values of every built-in scalar, for tests and for differential payload
 * generators. They include the edges: range boundaries, leap days, a trailing {@code "\n"}, Unicode
 * whitespace, lengths in code points, and values of the wrong JSON kind.
 *
 * <p>Every sample is a non-null JSON value (no NaN or Infinity) that keeps its meaning when written
 * as JSON text and read back with a default {@code ObjectMapper}. Lists are fresh on each call; the
 * nodes must not be modified.
 */
@PublicApi
public final class ScalarSamples {

    /** These samples as a {@link ScalarSampler}, e.g. for {@link PayloadGenerator#of}. */
    public static ScalarSampler sampler() {
        return new ScalarSampler() {
            @Override
            public List<JsonNode> valid(Scalar scalar) {
                return ScalarSamples.valid(scalar);
            }

            @Override
            public List<JsonNode> invalid(Scalar scalar) {
                return ScalarSamples.invalid(scalar);
            }
        };
    }


    private static final Map<String, Supplier<SampleSet>> SETS = Map.ofEntries(
            Map.entry(Scalar.STRING.name(), TextSamples::string),
            Map.entry(Scalar.NON_EMPTY_STRING.name(), TextSamples::nonEmptyString),
            Map.entry(Scalar.INT.name(), NumberSamples::integer),
            Map.entry(Scalar.FLOAT.name(), NumberSamples::floating),
            Map.entry(Scalar.BOOLEAN.name(), TextSamples::bool),
            Map.entry(Scalar.ID.name(), TextSamples::id),
            Map.entry(Scalar.JSON.name(), TextSamples::anyJson),
            Map.entry(Scalar.JSON_OBJECT.name(), TextSamples::jsonObject),
            Map.entry(Scalar.DATE.name(), TemporalSamples::date),
            Map.entry(Scalar.DATE_TIME.name(), TemporalSamples::dateTime),
            Map.entry(Scalar.TIME.name(), TemporalSamples::time),
            Map.entry(Scalar.EMAIL_ADDRESS.name(), FormatSamples::emailAddress),
            Map.entry(Scalar.URL.name(), FormatSamples::url),
            Map.entry(Scalar.PHONE_NUMBER.name(), FormatSamples::phoneNumber),
            Map.entry(Scalar.LOCALE.name(), CodeSamples::locale),
            Map.entry(Scalar.TIME_ZONE.name(), CodeSamples::timeZone),
            Map.entry(Scalar.CURRENCY.name(), CodeSamples::currency),
            Map.entry(Scalar.COUNTRY_CODE.name(), CodeSamples::countryCode),
            Map.entry(Scalar.LATITUDE.name(), NumberSamples::latitude),
            Map.entry(Scalar.LONGITUDE.name(), NumberSamples::longitude),
            Map.entry(Scalar.UUID.name(), FormatSamples::uuid));

    private ScalarSamples() {}

    /** Values the scalar accepts. */
    public static List<JsonNode> valid(Scalar scalar) {
        return set(scalar).valid();
    }

    /** Values the scalar rejects (empty for {@code JSON}, which accepts every value). */
    public static List<JsonNode> invalid(Scalar scalar) {
        return set(scalar).invalid().stream().map(InvalidSample::value).toList();
    }

    /** Values the scalar rejects, each with the validation code of the rejection. */
    public static List<InvalidSample> invalidWithCodes(Scalar scalar) {
        return set(scalar).invalid();
    }

    private static SampleSet set(Scalar scalar) {
        Objects.requireNonNull(scalar, "scalar");
        Supplier<SampleSet> set = SETS.get(scalar.name());
        if (set == null) {
            throw new IllegalArgumentException("no samples for scalar " + scalar.name());
        }
        return set.get();
    }
}
