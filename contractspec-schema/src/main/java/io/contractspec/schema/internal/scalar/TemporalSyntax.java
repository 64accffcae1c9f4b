package io.contractspec.schema.internal.scalar;

/**
 * The pieces of the date and time formats, each as a hand-written check and as the equivalent
 * ECMA-262 regex, side by side. Dates are proleptic ISO (Gregorian) calendar dates, years
 * 0000–9999; a year is a leap year when divisible by 4 and not by 100, or divisible by 400.
 */
final class TemporalSyntax {

    private static final String THIRTY_ONE = "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])";
    private static final String THIRTY = "(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)";
    private static final String FEBRUARY = "02-(?:0[1-9]|1[0-9]|2[0-8])";
    /** Years divisible by 4 but not by 100 (last two digits), or divisible by 400 (first two). */
    private static final String LEAP_YEAR =
            "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)";

    /** {@code YYYY-MM-DD}, a date that exists. */
    static final String DATE =
            "(?:[0-9]{4}-(?:" + THIRTY_ONE + "|" + THIRTY + "|" + FEBRUARY + ")|" + LEAP_YEAR + "-02-29)";
    /** {@code HH:MM}, 00:00 to 23:59. */
    static final String HOUR_MINUTE = "(?:[01][0-9]|2[0-3]):[0-5][0-9]";
    /** {@code :SS} (00–59, no leap second) with an optional fraction of 1 to 9 digits. */
    static final String SECONDS = ":[0-5][0-9](?:\\.[0-9]{1,9})?";
    /** {@code Z} or a numeric offset {@code ±HH:MM}, hours 00–23, minutes 00–59. */
    static final String OFFSET = "(?:Z|[+-]" + HOUR_MINUTE + ")";

    private static final int MAX_FRACTION_DIGITS = 9;

    private TemporalSyntax() {}

    /** True when {@code text[at, at+10)} is {@link #DATE}. */
    static boolean isDate(String text, int at) {
        if (text.length() < at + 10 || text.charAt(at + 4) != '-' || text.charAt(at + 7) != '-') {
            return false;
        }
        int century = twoDigits(text, at);
        int yearOfCentury = twoDigits(text, at + 2);
        int month = twoDigits(text, at + 5);
        int day = twoDigits(text, at + 8);
        if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= daysInMonth(century * 100 + yearOfCentury, month);
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static boolean isLeapYear(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** True when {@code text[at, at+5)} is {@link #HOUR_MINUTE}. */
    static boolean isHourMinute(String text, int at) {
        if (text.length() < at + 5 || text.charAt(at + 2) != ':') {
            return false;
        }
        int hour = twoDigits(text, at);
        int minute = twoDigits(text, at + 3);
        return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
    }

    /** The end of {@link #SECONDS} starting at {@code at}, or -1 when there is none. */
    static int secondsEnd(String text, int at) {
        if (text.length() < at + 3 || text.charAt(at) != ':') {
            return -1;
        }
        int second = twoDigits(text, at + 1);
        if (second < 0 || second > 59) {
            return -1;
        }
        int end = at + 3;
        if (end < text.length() && text.charAt(end) == '.') {
            int start = end + 1;
            end = start;
            while (end < text.length() && end - start < MAX_FRACTION_DIGITS && EcmaChars.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == start) {
                return -1;
            }
        }
        return end;
    }

    /** True when {@code text[at, length)} is exactly {@link #OFFSET}. */
    static boolean isOffsetToEnd(String text, int at) {
        int length = text.length();
        if (length == at + 1) {
            return text.charAt(at) == 'Z';
        }
        return length == at + 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && isHourMinute(text, at + 1);
    }

    /** The value of two ASCII digits at {@code at}, or -1. */
    private static int twoDigits(String text, int at) {
        char tens = text.charAt(at);
        char ones = text.charAt(at + 1);
        return EcmaChars.isDigit(tens) && EcmaChars.isDigit(ones) ? (tens - '0') * 10 + (ones - '0') : -1;
    }
}
