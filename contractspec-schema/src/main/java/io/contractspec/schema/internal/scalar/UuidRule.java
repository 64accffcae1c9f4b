package io.contractspec.schema.internal.scalar;

/** A UUID in the 8-4-4-4-12 hexadecimal form, digits in either case, any version and variant. */
public final class UuidRule extends StringFormatRule {

    static final String PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    public UuidRule() {
        super("a UUID xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", Fragments.anchoredString("uuid", PATTERN));
    }

    @Override
    public boolean accepts(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : EcmaChars.isHexDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
