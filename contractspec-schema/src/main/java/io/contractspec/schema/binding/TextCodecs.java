package io.contractspec.schema.binding;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Codecs for values that travel as strings and have a Java type of their own. */
final class TextCodecs {

    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    static final ValueCodec STRING = ValueCodec.text("a string", text -> text, value -> (String) value);

    static final ValueCodec URI_CODEC = ValueCodec.text("a URL", URI::create, Object::toString);

    static final ValueCodec UUID_CODEC = ValueCodec.text("a UUID", TextCodecs::parseUuid, Object::toString);

    static final ValueCodec LOCALE = ValueCodec.text(
            "a BCP 47 language tag",
            text -> new Locale.Builder().setLanguageTag(text).build(),
            value -> ((Locale) value).toLanguageTag());

    static final ValueCodec ZONE_ID = ValueCodec.text("an IANA time-zone id", ZoneId::of, TextCodecs::formatZone);

    static final ValueCodec CURRENCY = ValueCodec.text(
            "an ISO 4217 currency code", Currency::getInstance, value -> ((Currency) value).getCurrencyCode());

    private TextCodecs() {}

    /** {@code UUID.fromString} also accepts shortened groups; the wire form is always 8-4-4-4-12. */
    private static UUID parseUuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not 8-4-4-4-12");
        }
        return UUID.fromString(text);
    }

    /** Offsets ({@code Z}, {@code +01:00}) and prefixed offsets ({@code UTC+1}) are not IANA ids. */
    private static String formatZone(Object value) {
        ZoneId zone = (ZoneId) value;
        if (zone instanceof ZoneOffset || !ZONE_IDS.contains(zone.getId())) {
            throw new Failure("zone '" + zone.getId() + "' is not an IANA time-zone id; use e.g. ZoneId.of(\"Etc/UTC\")");
        }
        return zone.getId();
    }
}
