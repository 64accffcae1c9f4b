package io.contractspec.schema.internal.scalar;

/**
 * A calendar date {@code YYYY-MM-DD} (RFC 3339 full-date): a four-digit year 0000–9999 and a
 * month and day that exist in the proleptic ISO calendar (2024-02-29 and 2000-02-29 exist,
 * 2023-02-29 and 1900-02-29 do not). Nothing may precede or follow it, not even a newline.
 */
public final class DateRule extends StringFormatRule {

    static final String PATTERN = Fragments.anchored(TemporalSyntax.DATE);

    public DateRule() {
        super("a date YYYY-MM-DD", Fragments.anchoredString("date", PATTERN));
    }

    @Override
    public boolean accepts(String text) {
        return text.length() == 10 && TemporalSyntax.isDate(text, 0);
    }
}
