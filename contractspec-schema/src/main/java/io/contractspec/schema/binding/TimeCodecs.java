package io.contractspec.schema.binding;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * Codecs for dates and times. Written forms are canonical: {@code 2024-05-01},
 * {@code 10:15:00}, {@code 2024-05-01T10:15:30.5Z} — always with seconds, the fraction without
 * trailing zeros, upper-case {@code T} and {@code Z}.
 */
final class TimeCodecs {

    private static final String DATE = "a Date (YYYY-MM-DD)";
    private static final String DATE_TIME = "a DateTime (RFC 3339 with offset)";
    private static final String TIME = "a Time (HH:MM[:SS[.fraction]])";

    private static final DateTimeFormatter TIME_FORMAT = new DateTimeFormatterBuilder()
            .appendValue(HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .appendFraction(NANO_OF_SECOND, 0, 9, true)
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter DATE_TIME_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(TIME_FORMAT)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    static final ValueCodec LOCAL_DATE =
            ValueCodec.text(DATE, LocalDate::parse, value -> formatDate((LocalDate) value));

    static final ValueCodec OFFSET_DATE_TIME = ValueCodec.text(
            DATE_TIME, TimeCodecs::parseDateTime, value -> formatDateTime((OffsetDateTime) value));

    static final ValueCodec INSTANT = ValueCodec.text(
            DATE_TIME,
            text -> parseDateTime(text).toInstant(),
            value -> formatInstant((Instant) value));

    static final ValueCodec LOCAL_TIME =
            ValueCodec.text(TIME, LocalTime::parse, value -> TIME_FORMAT.format((LocalTime) value));

    private TimeCodecs() {}

    /**
     * Parses an RFC 3339 date-time. RFC 3339 allows lower-case {@code t} and {@code z}, and a leap
     * second {@code :60}, which java.time cannot hold; it is read as {@code :59}, as
     * {@code Instant.parse} does.
     */
    static OffsetDateTime parseDateTime(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.length() > 19 && upper.startsWith(":60", 16)) {
            upper = upper.substring(0, 17) + "59" + upper.substring(19);
        }
        return OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String formatDate(LocalDate date) {
        checkYear(date.getYear());
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private static String formatDateTime(OffsetDateTime dateTime) {
        checkYear(dateTime.getYear());
        if (dateTime.getOffset().getTotalSeconds() % 60 != 0) {
            throw new Failure("offset " + dateTime.getOffset() + " has seconds, which RFC 3339 cannot carry");
        }
        return DATE_TIME_FORMAT.format(dateTime);
    }

    private static final long FIRST_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long SECOND_AFTER_LAST = 253_402_300_800L; // 10000-01-01T00:00:00Z

    /**
     * The canonical form of an instant, from {@link Instant#toString()} (which writes the fraction
     * in groups of three digits) with the fraction's trailing zeros cut: the same text as
     * {@link #formatDateTime} at offset zero, without a formatter (instants are written for every
     * event and every record with a time).
     */
    static String formatInstant(Instant instant) {
        if (instant.getEpochSecond() < FIRST_SECOND || instant.getEpochSecond() >= SECOND_AFTER_LAST) {
            checkYear(instant.atOffset(ZoneOffset.UTC).getYear());
        }
        String text = instant.toString();
        int zone = text.length() - 1;
        if (zone == 19) {
            return text;
        }
        int last = zone - 1;
        while (text.charAt(last) == '0') {
            last--;
        }
        return text.charAt(last) == '.' ? text.substring(0, last) + "Z" : text.substring(0, last + 1) + "Z";
    }

    private static void checkYear(int year) {
        if (year < 0 || year > 9999) {
            throw new Failure("year " + year + " is outside 0000-9999, the range of the wire format");
        }
    }
}
