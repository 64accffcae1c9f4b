package io.contractspec.schema.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mergeAddsKeywordsBesideTheFragment() throws Exception {
        ObjectNode merged = Keywords.merge(json("{\"type\":\"string\"}"), json("{\"maxLength\":3}"));

        assertThat(merged.toString()).isEqualTo("{\"type\":\"string\",\"maxLength\":3}");
    }

    @Test
    void mergeKeepsBothWhenTheFragmentHasTheKeywordAlready() throws Exception {
        ObjectNode merged = Keywords.merge(json("{\"type\":\"number\",\"minimum\":-90}"), json("{\"minimum\":0}"));

        assertThat(merged.toString()).isEqualTo("{\"allOf\":[{\"type\":\"number\",\"minimum\":-90}],\"minimum\":0}");
    }

    @Test
    void orNullExtendsASimpleType() throws Exception {
        assertThat(Keywords.orNull(json("{\"type\":\"string\",\"pattern\":\"^a\"}")).toString())
                .isEqualTo("{\"type\":[\"string\",\"null\"],\"pattern\":\"^a\"}");
        assertThat(Keywords.orNull(json("{\"type\":[\"string\",\"number\"]}")).toString())
                .isEqualTo("{\"type\":[\"string\",\"number\",\"null\"]}");
    }

    @Test
    void orNullWrapsSchemasWhoseKeywordsAlsoJudgeNull() throws Exception {
        // enum applies to null too, so adding "null" to type alone would still reject null.
        assertThat(Keywords.orNull(json("{\"type\":\"string\",\"enum\":[\"a\"]}")).toString())
                .isEqualTo("{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"a\"]},{\"type\":\"null\"}]}");
        assertThat(Keywords.orNull(json("{\"$ref\":\"#/$defs/A\"}")).toString())
                .isEqualTo("{\"anyOf\":[{\"$ref\":\"#/$defs/A\"},{\"type\":\"null\"}]}");
    }

    @Test
    void orNullUndoesOnlyOurOwnNotNull() throws Exception {
        assertThat(Keywords.orNull(json("{\"not\":{\"type\":\"null\"},\"minLength\":1}")).toString())
                .isEqualTo("{\"minLength\":1}");
        assertThat(Keywords.orNull(json("{\"not\":{\"type\":\"string\"}}")).toString())
                .isEqualTo("{\"anyOf\":[{\"not\":{\"type\":\"string\"}},{\"type\":\"null\"}]}");
    }

    @Test
    void notNullLeavesSchemasThatRejectNullAlone() throws Exception {
        assertThat(Keywords.notNull(json("{\"type\":\"string\"}")).toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(Keywords.notNull(json("{\"enum\":[\"a\",\"b\"]}")).toString()).isEqualTo("{\"enum\":[\"a\",\"b\"]}");
        assertThat(Keywords.notNull(json("{\"enum\":[\"a\",null]}")).toString())
                .isEqualTo("{\"enum\":[\"a\",null],\"not\":{\"type\":\"null\"}}");
        assertThat(Keywords.notNull(json("{}")).toString()).isEqualTo("{\"not\":{\"type\":\"null\"}}");
    }

    @Test
    void sharesOnlyFragmentsWithLongValueLists() throws Exception {
        StringBuilder many = new StringBuilder("{\"type\":\"string\",\"enum\":[\"v0\"");
        for (int i = 1; i <= SharedScalars.MAX_INLINE_ENUM_VALUES; i++) {
            many.append(",\"v").append(i).append('"');
        }
        many.append("]}");

        assertThat(SharedScalars.isLarge(json(many.toString()))).isTrue();
        assertThat(SharedScalars.isLarge(json("{\"type\":\"string\",\"enum\":[\"a\",\"b\"]}"))).isFalse();
        assertThat(SharedScalars.isLarge(json("{\"type\":\"string\"}"))).isFalse();
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }
}
