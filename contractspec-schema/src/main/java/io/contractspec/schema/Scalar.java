package io.contractspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;
import io.contractspec.schema.internal.ScalarRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in scalar types. Each has one precise wire meaning, documented on its constant, that
 * the validator enforces and the JSON Schema projection states exactly.
 */
@PublicApi
public final class Scalar implements SchemaType {

    /** Any JSON string, including the empty string. */
    public static final Scalar STRING = new Scalar("String", JsonType.STRING, "Any string.", ScalarRules.STRING);

    /**
     * A string with at least one character that is not whitespace, whitespace meaning exactly the
     * ECMA-262 {@code \s} characters (U+0009–U+000D, U+0020, U+00A0, U+1680, U+2000–U+200A, U+2028,
     * U+2029, U+202F, U+205F, U+3000, U+FEFF). Schema: {@code "pattern": "\\S"}.
     */
    public static final Scalar NON_EMPTY_STRING = new Scalar("NonEmptyString", JsonType.STRING,
            "A string with at least one non-whitespace character.", ScalarRules.NON_EMPTY_STRING);

    /**
     * A JSON number whose mathematical value is a whole number from -2^63 to 2^63-1, decided exactly
     * whatever node Jackson built: 1.0 and 1e2 are accepted; 1.5 fails with {@code type}; 2^63 fails
     * with {@code maximum} and -2^63-1 with {@code minimum}, never rounded into range.
     */
    public static final Scalar INT = new Scalar("Int", JsonType.INTEGER,
            "A whole number from -2^63 to 2^63-1.", ScalarRules.INT);

    /**
     * Any JSON number. NaN and ±Infinity, which are not JSON values but which a lenient parser or a
     * double overflowing on a literal such as 1e400 can produce, are rejected.
     */
    public static final Scalar FLOAT = new Scalar("Float", JsonType.NUMBER, "Any finite number.", ScalarRules.FLOAT);

    /** JSON {@code true} or {@code false}; strings such as "false" are rejected. */
    public static final Scalar BOOLEAN = new Scalar("Boolean", JsonType.BOOLEAN,
            "true or false (strict).", ScalarRules.BOOLEAN);

    /**
     * An identifier: a string of 1 to 255 Unicode code points, none of them whitespace (as for
     * {@link #NON_EMPTY_STRING}) or a control character (U+0000–U+001F, U+007F–U+009F).
     */
    public static final Scalar ID = new Scalar("ID", JsonType.STRING,
            "An identifier: 1 to 255 characters, no whitespace or control characters.", ScalarRules.ID);

    /** Any JSON value. */
    public static final Scalar JSON = new Scalar("JSON", JsonType.ANY, "Any JSON value.", ScalarRules.JSON);

    /** Any JSON object. */
    public static final Scalar JSON_OBJECT = new Scalar("JSONObject", JsonType.OBJECT,
            "Any JSON object.", ScalarRules.JSON_OBJECT);

    /**
     * A calendar date {@code YYYY-MM-DD}, years 0000–9999, that exists in the proleptic ISO calendar
     * (2024-02-29 and 2000-02-29 exist, 2023-02-29 and 1900-02-29 do not).
     */
    public static final Scalar DATE = new Scalar("Date", JsonType.STRING,
            "A calendar date YYYY-MM-DD that exists.", ScalarRules.DATE);

    /**
     * An RFC 3339 date-time {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)}: a {@link #DATE}, upper-case
     * {@code T} and {@code Z} only, hours 00–23, minutes and seconds 00–59 (no leap second), a fraction
     * of 1 to 9 digits, and a mandatory offset with hours 00–23 and minutes 00–59.
     */
    public static final Scalar DATE_TIME = new Scalar("DateTime", JsonType.STRING,
            "An RFC 3339 date-time with offset, e.g. 2024-05-01T10:15:30.5Z.", ScalarRules.DATE_TIME);

    /**
     * A time of day {@code HH:MM} or {@code HH:MM:SS}, the seconds optionally with a fraction of 1 to
     * 9 digits; hours 00–23, minutes and seconds 00–59; no offset.
     */
    public static final Scalar TIME = new Scalar("Time", JsonType.STRING,
            "A time of day HH:MM[:SS[.fraction]] without offset.", ScalarRules.TIME);

    /**
     * An e-mail address {@code local@domain}, ASCII only, at most 254 characters: the local part is an
     * RFC 5322 dot-atom of at most 64 characters; the domain is two or more DNS labels (1–63 letters,
     * digits or inner hyphens) whose last label is 2–63 letters. No quoted local parts, no IP literals.
     */
    public static final Scalar EMAIL_ADDRESS = new Scalar("EmailAddress", JsonType.STRING,
            "An e-mail address local@domain.", ScalarRules.EMAIL_ADDRESS);

    /**
     * An absolute URL {@code http://} or {@code https://} (scheme in any case) with a non-empty host,
     * optional {@code userinfo@} and {@code :port} (digits), then optionally a path, query or fragment;
     * no whitespace or control characters anywhere.
     */
    public static final Scalar URL = new Scalar("URL", JsonType.STRING,
            "An absolute http(s) URL.", ScalarRules.URL);

    /** A phone number in E.164 form: {@code +} and 2 to 15 digits, the first not 0. */
    public static final Scalar PHONE_NUMBER = new Scalar("PhoneNumber", JsonType.STRING,
            "A phone number in E.164 form, e.g. +41446681800.", ScalarRules.PHONE_NUMBER);

    /**
     * A well-formed BCP 47 language tag per the RFC 5646 ABNF, any letter case, e.g. {@code en},
     * {@code de-CH}, {@code zh-Hant-TW}, {@code x-private}, {@code i-klingon}. Subtags are not looked up.
     */
    public static final Scalar LOCALE = new Scalar("Locale", JsonType.STRING,
            "A well-formed BCP 47 language tag.", ScalarRules.LOCALE);

    /** Exactly one of the ids in {@code java.time.ZoneId.getAvailableZoneIds()}, case-sensitive. */
    public static final Scalar TIME_ZONE = new Scalar("TimeZone", JsonType.STRING,
            "An IANA time-zone id, e.g. Europe/Zurich.", ScalarRules.TIME_ZONE);

    /** An ISO 4217 code of {@code java.util.Currency.getAvailableCurrencies()}, upper case. */
    public static final Scalar CURRENCY = new Scalar("Currency", JsonType.STRING,
            "An ISO 4217 currency code, e.g. CHF.", ScalarRules.CURRENCY);

    /** An ISO 3166-1 alpha-2 code of {@code java.util.Locale.getISOCountries()}, upper case. */
    public static final Scalar COUNTRY_CODE = new Scalar("CountryCode", JsonType.STRING,
            "An ISO 3166-1 alpha-2 country code, e.g. CH.", ScalarRules.COUNTRY_CODE);

    /** A latitude in degrees, a JSON number from -90 to 90 inclusive, compared exactly. */
    public static final Scalar LATITUDE = new Scalar("Latitude", JsonType.NUMBER,
            "A latitude in degrees, -90 to 90.", ScalarRules.LATITUDE);

    /** A longitude in degrees, a JSON number from -180 to 180 inclusive, compared exactly. */
    public static final Scalar LONGITUDE = new Scalar("Longitude", JsonType.NUMBER,
            "A longitude in degrees, -180 to 180.", ScalarRules.LONGITUDE);

    /** A UUID in the 8-4-4-4-12 hexadecimal form, either case, any version. */
    public static final Scalar UUID = new Scalar("UUID", JsonType.STRING,
            "A UUID 8-4-4-4-12 in hexadecimal.", ScalarRules.UUID);

    private static final List<Scalar> ALL = List.of(
            STRING, NON_EMPTY_STRING, INT, FLOAT, BOOLEAN, ID, JSON, JSON_OBJECT, DATE, DATE_TIME, TIME,
            EMAIL_ADDRESS, URL, PHONE_NUMBER, LOCALE, TIME_ZONE, CURRENCY, COUNTRY_CODE, LATITUDE, LONGITUDE,
            UUID);

    private static final Map<String, Scalar> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Scalar::name, Function.identity()));

    private final String name;
    private final JsonType jsonType;
    private final String description;
    private final ScalarRule rule;

    private Scalar(String name, JsonType jsonType, String description, ScalarRule rule) {
        this.name = name;
        this.jsonType = jsonType;
        this.description = description;
        this.rule = rule;
    }

    /** Every built-in scalar, in a fixed order. */
    public static List<Scalar> all() {
        return ALL;
    }

    public static Optional<Scalar> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
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
        return jsonType;
    }

    /** A fresh JSON Schema 2020-12 fragment that states exactly what {@link #accepts} accepts. */
    public ObjectNode jsonSchema() {
        return rule.jsonSchema();
    }

    /** True when the (non-null) wire value is a valid value of this scalar. */
    public boolean accepts(JsonNode value) {
        return value != null && !value.isNull() && rule.check(value) == null;
    }

    /** Internal: the failure for a non-null wire value, or {@code null} when it is valid. */
    public ScalarFailure checkValue(JsonNode value) {
        return rule.check(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
