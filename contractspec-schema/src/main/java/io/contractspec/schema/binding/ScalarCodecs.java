package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Scalar;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Which Java types can hold each scalar, and the codec for each pairing. */
final class ScalarCodecs {

    /** One Java type a scalar can bind to. */
    record Candidate(Type javaType, ValueCodec codec) {}

    /** Reflection's own representation of {@code Map<String, Object>}, so that equals works. */
    private record MapHolder(Map<String, Object> map) {}

    private static final Type MAP_OF_OBJECTS = MapHolder.class.getRecordComponents()[0].getGenericType();

    private static final Candidate STRING = new Candidate(String.class, TextCodecs.STRING);

    private static final Map<Scalar, List<Candidate>> TABLE = table();

    private ScalarCodecs() {}

    /** The Java types the scalar binds to, in the order error messages suggest them. */
    static List<Candidate> candidates(Scalar scalar) {
        List<Candidate> candidates = TABLE.get(scalar);
        if (candidates != null) {
            return candidates;
        }
        // A scalar this table does not know yet: its strings can still be bound as they are.
        return scalar.jsonType() == JsonType.STRING ? List.of(STRING) : List.of();
    }

    static Optional<ValueCodec> find(Scalar scalar, Type javaType) {
        return candidates(scalar).stream()
                .filter(candidate -> candidate.javaType().equals(javaType))
                .map(Candidate::codec)
                .findFirst();
    }

    private static Map<Scalar, List<Candidate>> table() {
        Map<Scalar, List<Candidate>> table = new HashMap<>();
        for (Scalar scalar : List.of(Scalar.STRING, Scalar.NON_EMPTY_STRING, Scalar.ID, Scalar.EMAIL_ADDRESS,
                Scalar.PHONE_NUMBER, Scalar.COUNTRY_CODE)) {
            table.put(scalar, List.of(STRING));
        }
        table.put(Scalar.URL, List.of(STRING, of(URI.class, TextCodecs.URI_CODEC)));
        table.put(Scalar.INT, List.of(
                of(long.class, NumberCodecs.LONG),
                of(Long.class, NumberCodecs.LONG),
                of(int.class, NumberCodecs.INT),
                of(Integer.class, NumberCodecs.INT),
                of(BigInteger.class, NumberCodecs.BIG_INTEGER)));
        List<Candidate> decimals = List.of(
                of(double.class, NumberCodecs.DOUBLE),
                of(Double.class, NumberCodecs.DOUBLE),
                of(BigDecimal.class, NumberCodecs.BIG_DECIMAL));
        table.put(Scalar.FLOAT, decimals);
        table.put(Scalar.LATITUDE, decimals);
        table.put(Scalar.LONGITUDE, decimals);
        table.put(Scalar.BOOLEAN, List.of(of(boolean.class, NumberCodecs.BOOLEAN), of(Boolean.class, NumberCodecs.BOOLEAN)));
        table.put(Scalar.DATE, List.of(of(LocalDate.class, TimeCodecs.LOCAL_DATE), STRING));
        table.put(Scalar.DATE_TIME, List.of(
                of(OffsetDateTime.class, TimeCodecs.OFFSET_DATE_TIME), of(Instant.class, TimeCodecs.INSTANT), STRING));
        table.put(Scalar.TIME, List.of(of(LocalTime.class, TimeCodecs.LOCAL_TIME), STRING));
        table.put(Scalar.UUID, List.of(of(UUID.class, TextCodecs.UUID_CODEC), STRING));
        table.put(Scalar.LOCALE, List.of(of(Locale.class, TextCodecs.LOCALE), STRING));
        table.put(Scalar.TIME_ZONE, List.of(of(ZoneId.class, TextCodecs.ZONE_ID), STRING));
        table.put(Scalar.CURRENCY, List.of(of(Currency.class, TextCodecs.CURRENCY), STRING));
        table.put(Scalar.JSON, List.of(of(JsonNode.class, JsonCodecs.ANY)));
        table.put(Scalar.JSON_OBJECT, List.of(
                of(ObjectNode.class, JsonCodecs.OBJECT_NODE),
                of(JsonNode.class, JsonCodecs.OBJECT_AS_JSON_NODE),
                of(MAP_OF_OBJECTS, JsonCodecs.OBJECT_AS_MAP)));
        return Map.copyOf(table);
    }

    private static Candidate of(Type javaType, ValueCodec codec) {
        return new Candidate(javaType, codec);
    }
}
