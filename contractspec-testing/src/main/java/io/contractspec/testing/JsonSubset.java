package io.contractspec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an expected JSON value is a subset of an actual one: the rule examples are checked by.
 *
 * <ul>
 *   <li><b>Objects</b>: every key of the expected object is present in the actual object and its
 *       value is, recursively, a subset of the actual value. Keys the expected object does not
 *       mention are ignored.
 *   <li><b>Arrays</b>: both have the same length and each expected element is a subset of the
 *       actual element at the same index (order matters; extra elements do not pass).
 *   <li><b>Numbers</b> are compared by value: {@code 1}, {@code 1.0} and {@code 1e0} are equal.
 *   <li><b>null</b> matches only an explicit null: an expected {@code {"note": null}} fails when
 *       the actual object has no {@code note} key. To allow either, leave the key out.
 *   <li>Strings and booleans must be equal; values of different JSON types never match.
 * </ul>
 *
 * The first mismatch is described with its JSON path ({@code $.items[1].qty}) and both values.
 */
@PublicApi
public final class JsonSubset {

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonSubset() {}

    /** Empty when {@code expected} is a subset of {@code actual}; else the first mismatch, described. */
    public static Optional<String> check(JsonNode expected, JsonNode actual) {
        return compare("$", expected, actual);
    }

    /** Whether {@code expected} is a subset of {@code actual}. */
    public static boolean isSubset(JsonNode expected, JsonNode actual) {
        return check(expected, actual).isEmpty();
    }

    private static Optional<String> compare(String path, JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return mismatch(path, "expected " + describe(expected) + " but the field is missing");
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? Optional.empty()
                    : mismatch(path, "expected " + expected + " but was " + actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return mismatch(path, "expected " + describe(expected) + " but was " + describe(actual));
        }
        if (expected.isObject()) {
            return compareObjects(path, expected, actual);
        }
        if (expected.isArray()) {
            return compareArrays(path, expected, actual);
        }
        return expected.equals(actual)
                ? Optional.empty()
                : mismatch(path, "expected " + expected + " but was " + actual);
    }

    private static Optional<String> compareObjects(String path, JsonNode expected, JsonNode actual) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<String> mismatch = compare(child(path, field.getKey()), field.getValue(), actual.get(field.getKey()));
            if (mismatch.isPresent()) {
                return mismatch;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compareArrays(String path, JsonNode expected, JsonNode actual) {
        if (expected.size() != actual.size()) {
            return mismatch(path, "expected an array of " + expected.size() + " element(s) but was one of "
                    + actual.size() + ": " + actual);
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> mismatch = compare(path + "[" + i + "]", expected.get(i), actual.get(i));
            if (mismatch.isPresent()) {
                return mismatch;
            }
        }
        return Optional.empty();
    }

    private static String child(String path, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** A value with its JSON type, so that {@code "1"} and {@code 1} are told apart in messages. */
    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object " + node;
            case ARRAY -> "an array " + node;
            case STRING -> "a string " + node;
            case NUMBER -> "a number " + node;
            case BOOLEAN -> "a boolean " + node;
            case NULL -> "null";
            default -> node.toString();
        };
    }

    private static Optional<String> mismatch(String path, String message) {
        return Optional.of(path + ": " + message);
    }
}
