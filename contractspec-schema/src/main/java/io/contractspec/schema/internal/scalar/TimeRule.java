package io.contractspec.schema.internal.scalar;

/**
 * A time of day without offset: {@code HH:MM} or {@code HH:MM:SS}, the seconds optionally with a
 * fraction of 1 to 9 digits; hours 00–23, minutes and seconds 00–59. No {@code format} keyword:
 * JSON Schema's "time" requires seconds and an offset.
 */
public final class TimeRule extends StringFormatRule {

    static final String PATTERN = Fragments.anchored(TemporalSyntax.HOUR_MINUTE + "(?:" + TemporalSyntax.SECONDS + ")?");

    public TimeRule() {
        super("a time HH:MM[:SS[.fraction]]", Fragments.anchoredString(null, PATTERN));
    }

    @Override
    public boolean accepts(String text) {
        if (!TemporalSyntax.isHourMinute(text, 0)) {
            return false;
        }
        return text.length() == 5 || TemporalSyntax.secondsEnd(text, 5) == text.length();
    }
}
