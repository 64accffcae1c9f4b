package io.contractspec.openapi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the names of an OpenAPI document into the names contracts allow: type and field names are
 * identifiers, spec keys are dotted lower-case segments, Java constants are upper snake case.
 */
public final class Identifiers {

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");

    private Identifiers() {}

    /** The words of a name: split at non-alphanumerics and at lower-to-upper case changes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
            boolean boundary = word.length() > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(word.charAt(word.length() - 1))
                            || i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))
                                    && Character.isUpperCase(word.charAt(word.length() - 1)));
            if (!alphanumeric || boundary) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            if (alphanumeric) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code pet-store_item} → {@code PetStoreItem}; never empty, never starting with a digit. */
    public static String typeName(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : words(text)) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.length() == 0 ? "Type" : Character.isDigit(name.charAt(0)) ? "T" + name : name.toString();
    }

    /** The field name: the wire name when it is an identifier, else camel case ({@code +1} → {@code plus1}). */
    public static String fieldName(String text) {
        if (isIdentifier(text)) {
            return text;
        }
        String spelled = text.replace("+", " plus ").replace("-", text.length() <= 2 ? " minus " : " ");
        String type = typeName(spelled);
        String name = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** One key segment: lower-case words joined by single hyphens ({@code getPetById} → {@code get-pet-by-id}). */
    public static String keySegment(String text) {
        String segment = String.join("-", words(text)).toLowerCase(Locale.ROOT);
        return segment.isEmpty() ? "x" : segment;
    }

    /** {@code PetStoreItem} → {@code PET_STORE_ITEM}; a Java keyword-free constant name. */
    public static String constantName(String text) {
        String constant = String.join("_", words(text)).toUpperCase(Locale.ROOT);
        return constant.isEmpty() || Character.isDigit(constant.charAt(0)) ? "T_" + constant : constant;
    }

    /** A Java package segment or simple name that is not a keyword. */
    public static String javaSafe(String name) {
        return JAVA_KEYWORDS.contains(name) ? name + "_" : name;
    }

    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
