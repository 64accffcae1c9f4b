package io.contractspec.schema.sample;

import static io.contractspec.schema.sample.SampleSet.json;

/** Samples of the scalars defined by JSON kind and of the free-text scalars. */
final class TextSamples {

    /** Every ECMA-262 whitespace character, one at a time. */
    static final String[] WHITESPACE = {
        "\t", "\n", "\u000b", "\f", "\r", " ", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029",
        "\u202f", "\u205f", "\u3000", "\ufeff"
    };

    private TextSamples() {}

    static SampleSet string() {
        return new SampleSet()
                .valid("", "hello", " ", "\n", "\u0000", "\ud83d\ude00", "2024-02-29")
                .notStrings();
    }

    static SampleSet nonEmptyString() {
        return new SampleSet()
                .valid("a", " a ", "\t.\n", "\u0000", "\u0085", "\u180e", "\u200b", "\ud83d\ude00", "\u00a0x")
                .invalid("format", (Object[]) WHITESPACE)
                .invalid("format", "", "  ", " \t\r\n", "\u00a0\u2028\u3000\ufeff")
                .notStrings();
    }

    static SampleSet id() {
        return new SampleSet()
                .valid("a", "order-42", "ORD_1:2/3#x", "\u00e9t\u00e9", "\ud83d\ude00", "a\u200bb", "\u180e")
                .valid(SampleSet.repeat("a", 255), SampleSet.repeat("\ud83d\ude00", 255))
                .invalid("format", "", SampleSet.repeat("a", 256), SampleSet.repeat("\ud83d\ude00", 256))
                .invalid("format", "a b", "a\n", "\na", "id\n", "a\u0000b", "a\u001fb", "a\u007fb", "a\u0085b", "a\u009fb")
                .invalid("format", "a\u00a0b", "a\u2028b", "a\u2029b", "a\ufeffb", "a\u3000", "\u2000a")
                .notStrings();
    }

    static SampleSet bool() {
        return new SampleSet()
                .valid(true, false)
                .invalid("type", "true", "false", "", 0, 1, 0.0, json("[]"), json("{}"), json("[true]"));
    }

    static SampleSet anyJson() {
        return new SampleSet()
                .valid(0, -1.5, "", "text", true, false, json("[]"), json("{}"))
                .valid(json("[1,\"a\",null,{}]"), json("{\"a\":{\"b\":[null]}}"));
    }

    static SampleSet jsonObject() {
        return new SampleSet()
                .valid(json("{}"), json("{\"a\":1}"), json("{\"a\":null,\"b\":{\"c\":[]}}"))
                .invalid("type", json("[]"), json("[{}]"), "{}", "", 1, 1.5, true, false);
    }
}
