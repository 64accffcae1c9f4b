package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Model LEAF = Model.builder("Leaf").required("c", Scalar.INT).build();
    private static final Model MIDDLE = Model.builder("Middle").required("b", LEAF).build();
    private static final Model ROOT = Model.builder("Root").required("a", MIDDLE).build();

    private static final EnumType STATUS = EnumType.of("Status", "active", "paused");
    private static final Model STEP = Model.builder("Step")
            .required("key", Scalar.NON_EMPTY_STRING)
            .field(Field.optional("retries", Scalar.INT).array())
            .build();
    private static final Model WORKFLOW = Model.builder("Workflow")
            .required("id", Scalar.UUID)
            .required("status", STATUS)
            .field(Field.required("steps", STEP).array())
            .field(Field.optional("note", Scalar.STRING).nullable())
            .optional("due", Scalar.DATE)
            .build();

    @Test
    void reportsNestedModelPathsWithDots() {
        assertThat(Issues.of(ROOT.validate(json("{'a':{'b':{'c':'x'}}}")))).containsExactly("type@a.b.c");
        assertThat(ROOT.validate(json("{'a':{'b':{'c':1}}}")).isValid()).isTrue();
    }

    @Test
    void reportsArrayItemPathsWithIndexes() {
        JsonNode payload = json(validWorkflow("[{'key':'a'},{'key':'b'},{'key':' '}]"));
        ValidationResult result = WORKFLOW.validate(payload);
        assertThat(Issues.of(result)).containsExactly("format@steps[2].key");
        assertThat(result.issues().get(0).message())
                .isEqualTo("expected a string with a non-whitespace character, got ' '");
    }

    @Test
    void reportsArraysInsideArrayItemsWithBothIndexes() {
        JsonNode payload = json(validWorkflow("[{'key':'a'},{'key':'b','retries':[1,2,1.5]}]"));
        assertThat(Issues.of(WORKFLOW.validate(payload))).containsExactly("type@steps[1].retries[2]");
    }

    @Test
    void collectsEveryIssueInDocumentOrder() {
        JsonNode payload = json("{'id':'not-a-uuid','status':'ACTIVE','steps':[{'key':'a','retries':['x']},{}],"
                + "'extra':true}");
        assertThat(Issues.of(WORKFLOW.validate(payload))).containsExactly(
                "format@id", "enum@status", "type@steps[0].retries[0]", "required@steps[1].key", "unknown_field@extra");
    }

    @Test
    void reportsInDeclarationOrderWhateverTheOrderOfThePayloadsFields() {
        String[] orders = {
            "{'id':'not-a-uuid','status':'ACTIVE','steps':[{'retries':['x']},{'key':' '}],'extra':true,'due':'x'}",
            "{'extra':true,'due':'x','steps':[{'retries':['x']},{'key':' '}],'status':'ACTIVE','id':'not-a-uuid'}",
            "{'status':'ACTIVE','extra':true,'id':'not-a-uuid','due':'x','steps':[{'key':' '}],'other':1}",
        };
        assertThat(Issues.of(WORKFLOW.validate(json(orders[0])))).containsExactly("format@id", "enum@status",
                "required@steps[0].key", "type@steps[0].retries[0]", "format@steps[1].key", "format@due",
                "unknown_field@extra");
        assertThat(Issues.of(WORKFLOW.validate(json(orders[1])))).containsExactly("format@id", "enum@status",
                "required@steps[0].key", "type@steps[0].retries[0]", "format@steps[1].key", "format@due",
                "unknown_field@extra");
        assertThat(Issues.of(WORKFLOW.validate(json(orders[2])))).containsExactly("format@id", "enum@status",
                "format@steps[0].key", "format@due", "unknown_field@extra", "unknown_field@other");
    }

    @Test
    void reportsMissingRequiredFieldsBetweenPresentOnesInDeclarationOrder() {
        assertThat(Issues.of(WORKFLOW.validate(json("{'steps':[],'note':1}"))))
                .containsExactly("required@id", "required@status", "type@note");
        assertThat(Issues.of(WORKFLOW.validate(json("{'note':1,'steps':[]}"))))
                .containsExactly("required@id", "required@status", "type@note");
    }

    @Test
    void rejectsUnknownFieldsAndQuotesOddKeys() {
        ValidationResult result = LEAF.validate(json("{'c':1,'odd key':2}"));
        assertThat(Issues.of(result)).containsExactly("unknown_field@[\"odd key\"]");
        assertThat(result.issues().get(0).message()).isEqualTo("is not a field of Leaf");
    }

    @Test
    void acceptsUnknownFieldsWhenTheModelAllowsThem() {
        Model open = LEAF.toBuilder().allowUnknownFields().build();
        assertThat(open.validate(json("{'c':1,'odd key':2}")).isValid()).isTrue();
        assertThat(Issues.of(open.validate(json("{'odd key':2}")))).containsExactly("required@c");
    }

    @Test
    void optionalNonNullableFieldMayBeAbsentButNotNull() {
        assertThat(WORKFLOW.validate(json(validWorkflow("[]"))).isValid()).isTrue();
        ValidationResult result = WORKFLOW.validate(json(validWorkflow("[]").replace("}", ",'due':null}")));
        assertThat(Issues.of(result)).containsExactly("type@due");
        assertThat(result.issues().get(0).message()).isEqualTo("must not be null");
    }

    @Test
    void nullableFieldAcceptsNull() {
        assertThat(WORKFLOW.validate(json(validWorkflow("[]").replace("}", ",'note':null}"))).isValid()).isTrue();
    }

    @Test
    void requiredFieldMissingIsRequiredButRequiredNullableFieldMayBeNull() {
        Model model = Model.builder("M").field(Field.required("x", Scalar.INT).nullable()).build();
        assertThat(Issues.of(model.validate(json("{}")))).containsExactly("required@x");
        assertThat(model.validate(json("{'x':null}")).isValid()).isTrue();
    }

    @Test
    void arrayItemsMustNotBeNullAndArrayFieldsMustBeArrays() {
        assertThat(Issues.of(WORKFLOW.validate(json(validWorkflow("[null]"))))).containsExactly("type@steps[0]");
        assertThat(Issues.of(WORKFLOW.validate(json(validWorkflow("{'key':'a'}"))))).containsExactly("type@steps");
    }

    @Test
    void enumAcceptsOnlyItsExactWireValues() {
        assertThat(WORKFLOW.validate(json(validWorkflow("[]").replace("active", "paused"))).isValid()).isTrue();
        ValidationResult wrongCase = WORKFLOW.validate(json(validWorkflow("[]").replace("active", "Active")));
        assertThat(wrongCase.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("enum");
            assertThat(issue.message()).isEqualTo("must be one of [active, paused], got 'Active'");
        });
        assertThat(Issues.of(WORKFLOW.validate(json(validWorkflow("[]").replace("'active'", "1")))))
                .containsExactly("type@status");
    }

    @Test
    void rootThatIsNotAnObjectIsATypeIssueAtTheEmptyPath() {
        assertThat(Issues.of(LEAF.validate(json("[]")))).containsExactly("type@");
        assertThat(LEAF.validate(json("[]")).issues().get(0).message()).isEqualTo("expected a Leaf object, got an array");
        assertThat(Issues.of(LEAF.validate(json("null")))).containsExactly("type@");
        assertThat(Issues.of(LEAF.validate(null))).containsExactly("required@");
    }

    @Test
    void nestedValueThatIsNotAnObjectNamesTheModel() {
        ValidationResult result = ROOT.validate(json("{'a':{'b':'leaf'}}"));
        assertThat(Issues.of(result)).containsExactly("type@a.b");
        assertThat(result.issues().get(0).message()).isEqualTo("expected a Leaf object, got a string");
    }

    private static String validWorkflow(String steps) {
        return "{'id':'123e4567-e89b-12d3-a456-426614174000','status':'active','steps':" + steps + "}";
    }

    static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
