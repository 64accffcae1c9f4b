package io.contractspec.schema.internal.scalar;

/**
 * An RFC 3339 date-time with a mandatory offset, restricted to what {@code java.time} can hold:
 * {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)} with a date that exists ({@link DateRule}),
 * upper-case {@code T} and {@code Z} only, hours 00–23, minutes and seconds 00–59 (no leap second
 * 60), a fraction of 1 to 9 digits, and offset hours 00–23 and minutes 00–59.
 */
public final class DateTimeRule extends StringFormatRule {

    static final String PATTERN = Fragments.anchored(TemporalSyntax.DATE + "T" + TemporalSyntax.HOUR_MINUTE
            + TemporalSyntax.SECONDS + TemporalSyntax.OFFSET);

    /** Date, T, HH:MM:SS and Z: the shortest date-time. */
    private static final int MIN_LENGTH = 20;

    public DateTimeRule() {
        super("a date-time YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)", Fragments.anchoredString("date-time", PATTERN));
    }

    @Override
    public boolean accepts(String text) {
        if (text.length() < MIN_LENGTH || text.charAt(10) != 'T' || !TemporalSyntax.isDate(text, 0)
                || !TemporalSyntax.isHourMinute(text, 11)) {
            return false;
        }
        int end = TemporalSyntax.secondsEnd(text, 16);
        return end > 0 && end < text.length() && TemporalSyntax.isOffsetToEnd(text, end);
    }
}
