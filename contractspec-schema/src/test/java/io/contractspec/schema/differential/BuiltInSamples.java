package io.contractspec.schema.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.sample.ScalarSampler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalar samples that differential tests use: {@code io.contractspec.schema.sample.ScalarSamples}
 * when it is on the class path, else a minimal fallback.
 *
 * <p>TEMPORARY: {@code ScalarSamples} is being written on another branch (h1-scalars). Once it is
 * merged, replace this class by a sampler that calls {@code ScalarSamples.valid/invalid} directly and
 * delete the fallback table below. Until then the fallback only serves to exercise the generator;
 * the scalar rules are still placeholders, so its "invalid" values are mostly accepted by both sides.
 */
public final class BuiltInSamples {

    private static final String SCALAR_SAMPLES = "io.contractspec.schema.sample.ScalarSamples";

    private BuiltInSamples() {}

    public static ScalarSampler sampler() {
        try {
            Class<?> samples = Class.forName(SCALAR_SAMPLES);
            return new Reflective(samples.getMethod("valid", Scalar.class), samples.getMethod("invalid", Scalar.class));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Fallback.INSTANCE;
        }
    }

    private record Reflective(Method valid, Method invalid) implements ScalarSampler {
        @Override
        public List<JsonNode> valid(Scalar scalar) {
            return call(valid, scalar);
        }

        @Override
        public List<JsonNode> invalid(Scalar scalar) {
            return call(invalid, scalar);
        }

        @SuppressWarnings("unchecked")
        private static List<JsonNode> call(Method method, Scalar scalar) {
            try {
                return (List<JsonNode>) method.invoke(null, scalar);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot call " + SCALAR_SAMPLES + "." + method.getName(), e);
            }
        }
    }

    /** TEMPORARY fallback: one line per scalar, valid values then invalid ones, as JSON arrays. */
    private static final class Fallback implements ScalarSampler {
        static final Fallback INSTANCE = new Fallback();

        private static final Map<String, String[]> TABLE = Map.ofEntries(
                entry("String", "[\"\", \"hello\", \"😀 ü\"]", "[]"),
                entry("NonEmptyString", "[\"x\", \"hello world\"]", "[\" \", \"\"]"),
                // 2^63 is left out of Int's invalid values: the placeholder fragment does not bound integers yet.
                entry("Int", "[0, 1, -42, 1.0, 9223372036854775807, -9223372036854775808]", "[1.5]"),
                entry("Float", "[0, -1.5, 1e10, 0.1]", "[]"),
                entry("Boolean", "[true, false]", "[]"),
                entry("ID", "[\"abc\", \"a-1\"]", "[\"has space\", \"\"]"),
                entry("JSON", "[{}, [], \"x\", 1, true, {\"a\": [null]}]", "[]"),
                entry("JSONObject", "[{}, {\"a\": 1}]", "[]"),
                entry("Date", "[\"2024-05-01\", \"2000-02-29\"]", "[\"2024-02-30\", \"2024-5-1\"]"),
                entry("DateTime", "[\"2024-05-01T10:15:30Z\", \"2024-05-01T10:15:30.5+02:00\"]", "[\"2024-05-01T10:15:30\"]"),
                entry("Time", "[\"10:15\", \"23:59:59.5\"]", "[\"24:00\", \"10:15Z\"]"),
                entry("EmailAddress", "[\"a@example.com\"]", "[\"no-at-sign\"]"),
                entry("URL", "[\"https://example.com/x\"]", "[\"ftp://example.com\", \"example.com\"]"),
                entry("PhoneNumber", "[\"+41446681800\"]", "[\"0446681800\"]"),
                entry("Locale", "[\"en\", \"de-CH\"]", "[\"en_US\"]"),
                entry("TimeZone", "[\"Europe/Zurich\", \"UTC\"]", "[\"Mars/Base\"]"),
                entry("Currency", "[\"CHF\", \"EUR\"]", "[\"chf\", \"ZZZ\"]"),
                entry("CountryCode", "[\"CH\", \"US\"]", "[\"ch\", \"XX\"]"),
                entry("Latitude", "[0, 47.37, -90, 90]", "[90.5, -91]"),
                entry("Longitude", "[8.54, -180, 180]", "[180.5]"),
                entry("UUID", "[\"123e4567-e89b-12d3-a456-426614174000\"]", "[\"123e4567\"]"));

        private static Map.Entry<String, String[]> entry(String scalar, String valid, String invalid) {
            return Map.entry(scalar, new String[] {valid, invalid});
        }

        @Override
        public List<JsonNode> valid(Scalar scalar) {
            return row(scalar).get(0);
        }

        @Override
        public List<JsonNode> invalid(Scalar scalar) {
            return row(scalar).get(1);
        }

        private static List<List<JsonNode>> row(Scalar scalar) {
            List<List<JsonNode>> row = PARSED.get(scalar.name());
            if (row == null) {
                throw new IllegalStateException("no fallback samples for scalar " + scalar.name());
            }
            return row;
        }

        private static final Map<String, List<List<JsonNode>>> PARSED = parse();

        private static Map<String, List<List<JsonNode>>> parse() {
            ObjectMapper json = new ObjectMapper();
            Map<String, List<List<JsonNode>>> parsed = new HashMap<>();
            TABLE.forEach((scalar, columns) -> {
                try {
                    List<JsonNode> valid = new ArrayList<>();
                    List<JsonNode> invalid = new ArrayList<>();
                    json.readTree(columns[0]).forEach(valid::add);
                    json.readTree(columns[1]).forEach(invalid::add);
                    parsed.put(scalar, List.of(List.copyOf(valid), List.copyOf(invalid)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("bad fallback samples for " + scalar, e);
                }
            });
            return Map.copyOf(parsed);
        }
    }
}
