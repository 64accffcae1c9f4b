package io.contractspec.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Scalar;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/** Java source text for values: string literals, numbers, JSON values and scalar constants. */
final class JavaText {

    /** Longer literals are joined at run time: a class file holds constants of at most 65535 bytes. */
    private static final int MAX_LITERAL = 16_000;
    private static final Map<Scalar, String> SCALAR_CONSTANTS = scalarConstants();

    private JavaText() {}

    static String literal(String text) {
        if (text.length() > MAX_LITERAL) {
            StringBuilder joined = new StringBuilder("String.join(\"\"");
            int from = 0;
            while (from < text.length()) {
                int to = Math.min(text.length(), from + MAX_LITERAL);
                if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--;
                }
                joined.append(", ").append(literal(text.substring(from, to)));
                from = to;
            }
            return joined.append(")").toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String decimal(BigDecimal value) {
        try {
            long whole = value.longValueExact();
            return whole == (int) whole ? Long.toString(whole) : whole + "L";
        } catch (ArithmeticException e) {
            return "new BigDecimal(" + literal(value.toPlainString()) + ")";
        }
    }

    /** A JSON value: a plain string literal for text, else {@code Contracts.json("...")}. */
    static String json(JsonNode value) {
        return value.isTextual() ? literal(value.textValue()) : "Contracts.json(" + literal(value.toString()) + ")";
    }

    /** {@code Scalar.DATE_TIME} for the DateTime scalar. */
    static String scalar(Scalar scalar) {
        String constant = SCALAR_CONSTANTS.get(scalar);
        if (constant == null) {
            throw new IllegalStateException("scalar " + scalar.name() + " has no public constant");
        }
        return "Scalar." + constant;
    }

    private static Map<Scalar, String> scalarConstants() {
        Map<Scalar, String> constants = new IdentityHashMap<>();
        for (Field field : Scalar.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Scalar.class) {
                try {
                    constants.putIfAbsent((Scalar) field.get(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }
}
