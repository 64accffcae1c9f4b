package io.contractspec.schema.internal.scalar;

/** A phone number in E.164 form: {@code +}, a first digit 1–9, then 1 to 14 more digits. */
public final class PhoneNumberRule extends StringFormatRule {

    static final String PATTERN = "^\\+[1-9][0-9]{1,14}$";

    public PhoneNumberRule() {
        super("a phone number in E.164 form +[1-9][0-9]{1,14}", Fragments.anchoredString(null, PATTERN));
    }

    @Override
    public boolean accepts(String text) {
        int length = text.length();
        if (length < 3 || length > 16 || text.charAt(0) != '+' || text.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            if (!EcmaChars.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
