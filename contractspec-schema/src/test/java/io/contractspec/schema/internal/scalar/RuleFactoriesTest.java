package io.contractspec.schema.internal.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The rule factories and fragments called directly. The shared rule constants are built once when
 * their class loads, so a test through them cannot tell whether a factory still builds the same
 * rule; these tests build each rule anew and pin its checks and its JSON Schema fragment.
 */
class RuleFactoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void jsonKindRulesCheckTheirKindAndStateItInTheirFragment() throws Exception {
        JsonKindRule string = JsonKindRule.string();
        assertThat(string.jsonSchema()).isEqualTo(json("{\"type\":\"string\"}"));
        assertThat(string.check(TextNode.valueOf("x"))).isNull();
        assertThat(string.check(IntNode.valueOf(1))).isNotNull();
        assertThat(string.check(json("{}"))).isNotNull();

        JsonKindRule bool = JsonKindRule.bool();
        assertThat(bool.jsonSchema()).isEqualTo(json("{\"type\":\"boolean\"}"));
        assertThat(bool.check(BooleanNode.TRUE)).isNull();
        assertThat(bool.check(TextNode.valueOf("true"))).isNotNull();

        JsonKindRule object = JsonKindRule.object();
        assertThat(object.jsonSchema()).isEqualTo(json("{\"type\":\"object\"}"));
        assertThat(object.check(json("{\"a\":[1]}"))).isNull();
        assertThat(object.check(json("[{}]"))).isNotNull();
        assertThat(object.check(TextNode.valueOf("{}"))).isNotNull();

        JsonKindRule any = JsonKindRule.any();
        assertThat(any.jsonSchema()).isEqualTo(JsonNodeFactory.instance.objectNode());
        assertThat(any.check(json("[1,\"a\",null]"))).isNull();
        assertThat(any.check(DecimalNode.valueOf(new BigDecimal("1e400")))).isNotNull();
    }

    @Test
    void codeSetRulesAcceptExactlyTheirCodesAndListThemAllSortedAsEnum() {
        assertCodeSet(CodeSetRule.timeZones(), "Europe/Zurich", "europe/zurich");
        assertCodeSet(CodeSetRule.currencies(), "CHF", "chf");
        assertCodeSet(CodeSetRule.countries(), "CH", "ch");
    }

    private static void assertCodeSet(CodeSetRule rule, String code, String wrongCase) {
        assertThat(rule.check(TextNode.valueOf(code))).isNull();
        assertThat(rule.check(TextNode.valueOf(wrongCase))).isNotNull();
        assertThat(rule.codes()).contains(code).doesNotContain(wrongCase);
        JsonNode schema = rule.jsonSchema();
        assertThat(schema.get("type").asText()).isEqualTo("string");
        assertThat(schema.get("enum")).hasSize(rule.codes().size());
        assertThat(schema.get("enum").get(0).asText()).isEqualTo(rule.codes().iterator().next());
    }

    @Test
    void rangeRulesBoundLatitudeAndLongitudeInCheckAndFragment() throws Exception {
        RangeRule latitude = RangeRule.latitude();
        assertThat(latitude.jsonSchema()).isEqualTo(json("{\"type\":\"number\",\"minimum\":-90,\"maximum\":90}"));
        assertThat(latitude.check(IntNode.valueOf(90))).isNull();
        assertThat(latitude.check(IntNode.valueOf(91))).isNotNull();

        RangeRule longitude = RangeRule.longitude();
        assertThat(longitude.jsonSchema()).isEqualTo(json("{\"type\":\"number\",\"minimum\":-180,\"maximum\":180}"));
        assertThat(longitude.check(IntNode.valueOf(-180))).isNull();
        assertThat(longitude.check(IntNode.valueOf(-181))).isNotNull();
    }

    @Test
    void stringRuleFragmentsStateTheirFormat() throws Exception {
        assertThat(new IdRule().jsonSchema()).isEqualTo(json("{\"type\":\"string\",\"minLength\":1,\"maxLength\":255,"
                + "\"not\":{\"pattern\":" + JSON.writeValueAsString(EcmaChars.WHITESPACE_OR_CONTROL_CLASS) + "}}"));
        assertThat(new NonEmptyStringRule().jsonSchema()).isEqualTo(json("{\"type\":\"string\",\"pattern\":\"\\\\S\"}"));
        assertThat(new UrlRule().jsonSchema()).isEqualTo(json("{\"type\":\"string\",\"pattern\":"
                + JSON.writeValueAsString(UrlRule.PATTERN) + ",\"not\":{\"pattern\":"
                + JSON.writeValueAsString(EcmaChars.WHITESPACE_OR_CONTROL_CLASS) + "}}"));
        JsonNode email = new EmailAddressRule().jsonSchema();
        assertThat(email.get("format").asText()).isEqualTo("email");
        assertThat(email.get("maxLength").asInt()).isEqualTo(254);
        assertThat(email.get("pattern").asText()).isEqualTo(EmailAddressRule.PATTERN);
        assertThat(email.get("not").get("pattern").asText()).isEqualTo("\\n");
        assertThat(email.get("allOf").get(0).get("pattern").asText()).isEqualTo("^[^@]{1,64}@");
    }

    @Test
    void anchoredFragmentsAnchorThePatternAndRejectALineFeed() throws Exception {
        assertThat(Fragments.anchored("a+")).isEqualTo("^a+$");
        assertThat(Fragments.anchoredString("date", "^x$"))
                .isEqualTo(json("{\"type\":\"string\",\"format\":\"date\",\"pattern\":\"^x$\",\"not\":{\"pattern\":\"\\\\n\"}}"));
        assertThat(Fragments.anchoredString(null, "^x$"))
                .isEqualTo(json("{\"type\":\"string\",\"pattern\":\"^x$\",\"not\":{\"pattern\":\"\\\\n\"}}"));
    }
}
