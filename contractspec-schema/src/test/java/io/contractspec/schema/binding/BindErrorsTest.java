package io.contractspec.schema.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every mismatch between a model and a record is found by {@code of}, with a message that says how to fix it. */
class BindErrorsTest {

    private static final Model INPUT = Model.builder("PauseResumeInput")
            .required("instanceId", Scalar.ID)
            .optional("reason", Scalar.STRING)
            .build();

    record Exact(String instanceId, String reason) {}

    record WithoutOptional(String instanceId) {}

    record WithoutRequired(String reason) {}

    record WithExtra(String instanceId, String reason, String comment) {}

    @Test
    void bindsARecordThatMatches() {
        assertThatCode(() -> RecordBinding.of(INPUT, Exact.class)).doesNotThrowAnyException();
    }

    @Test
    void anOptionalFieldNeedsNoComponent() {
        RecordBinding<WithoutOptional> binding = RecordBinding.of(INPUT, WithoutOptional.class);

        assertThat(binding.read(Json.parse("{\"instanceId\": \"i-1\", \"reason\": \"x\"}")))
                .isEqualTo(new WithoutOptional("i-1"));
        assertThat(binding.write(new WithoutOptional("i-1"))).hasToString("{\"instanceId\":\"i-1\"}");
    }

    @Test
    void rejectsARequiredFieldWithoutComponent() {
        assertThatThrownBy(() -> RecordBinding.of(INPUT, WithoutRequired.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot bind model PauseResumeInput to record WithoutRequired: field 'instanceId': "
                        + "the field is required, but record WithoutRequired has no component instanceId");
    }

    @Test
    void rejectsAComponentWithoutField() {
        assertThatThrownBy(() -> RecordBinding.of(INPUT, WithExtra.class))
                .hasMessage("Cannot bind model PauseResumeInput to record WithExtra: field 'comment': "
                        + "record component WithExtra.comment has no field in the model");
    }

    private static final Model TYPED = Model.builder("Typed")
            .required("day", Scalar.DATE)
            .optional("count", Scalar.INT)
            .field(Field.required("score", Scalar.FLOAT).nullable())
            .required("name", Scalar.STRING)
            .field(Field.required("labels", Scalar.STRING).array())
            .required("single", Scalar.STRING)
            .build();

    record WrongType(Integer day, Long count, Double score, String name, List<String> labels, String single) {}

    record PrimitiveOptional(LocalDate day, long count, Double score, String name, List<String> labels, String single) {}

    record PrimitiveNullable(LocalDate day, Long count, double score, String name, List<String> labels, String single) {}

    record OptionalRequired(
            LocalDate day, Long count, Double score, Optional<String> name, List<String> labels, String single) {}

    record ArrayNotList(LocalDate day, Long count, Double score, String name, String labels, String single) {}

    record ListNotArray(LocalDate day, Long count, Double score, String name, List<String> labels, List<String> single) {}

    @SuppressWarnings("rawtypes")
    record RawList(LocalDate day, Long count, Double score, String name, List labels, String single) {}

    record WildcardList(LocalDate day, Long count, Double score, String name, List<?> labels, String single) {}

    @Test
    void rejectsAnIncompatibleJavaTypeAndSaysWhichTypesFit() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, WrongType.class))
                .hasMessage("Cannot bind model Typed to record WrongType: field 'day': "
                        + "record component WrongType.day: type Integer cannot hold Date; declare LocalDate or String");
    }

    @Test
    void rejectsAPrimitiveForAnOptionalField() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, PrimitiveOptional.class))
                .hasMessage("Cannot bind model Typed to record PrimitiveOptional: field 'count': "
                        + "record component PrimitiveOptional.count: primitive type long cannot be absent or null, "
                        + "but the field is optional without a default; declare Long or Optional<Long>");
    }

    @Test
    void rejectsAPrimitiveForANullableField() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, PrimitiveNullable.class))
                .hasMessage("Cannot bind model Typed to record PrimitiveNullable: field 'score': "
                        + "record component PrimitiveNullable.score: primitive type double cannot be absent or null, "
                        + "but the field is nullable; declare Double or Optional<Double>");
    }

    @Test
    void rejectsOptionalForARequiredNonNullableField() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, OptionalRequired.class))
                .hasMessage("Cannot bind model Typed to record OptionalRequired: field 'name': "
                        + "record component OptionalRequired.name: type Optional<String> is for optional or nullable "
                        + "fields, but the field is required and not nullable; declare String");
    }

    @Test
    void rejectsAnArrayFieldWithoutList() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, ArrayNotList.class))
                .hasMessage("Cannot bind model Typed to record ArrayNotList: field 'labels': "
                        + "record component ArrayNotList.labels: type String cannot hold an array field; declare a List");
    }

    @Test
    void rejectsAListForAFieldThatIsNotAnArray() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, ListNotArray.class))
                .hasMessage("Cannot bind model Typed to record ListNotArray: field 'single': "
                        + "record component ListNotArray.single: type List<String> is a List, but the field is not an array");
    }

    @Test
    void rejectsRawAndWildcardLists() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, RawList.class))
                .hasMessage("Cannot bind model Typed to record RawList: field 'labels': "
                        + "record component RawList.labels: type List is raw; declare its type argument");
        assertThatThrownBy(() -> RecordBinding.of(TYPED, WildcardList.class))
                .hasMessage("Cannot bind model Typed to record WildcardList: field 'labels': "
                        + "record component WildcardList.labels: type List<?> has an element type ? that is not "
                        + "concrete; declare a class such as String");
    }

    private static final EnumType COLOR = EnumType.of("Color", "red", "green");

    private static final Model LEAF = Model.builder("Leaf")
            .required("at", Scalar.DATE_TIME)
            .required("color", COLOR)
            .build();

    private static final Model TREE = Model.builder("Tree")
            .required("name", Scalar.STRING)
            .field(Field.required("leaves", LEAF).array())
            .build();

    enum Colour { RED, GREEN, BLUE }

    record BadLeaf(Integer at, Colour color) {}

    record BadTree(String name, List<BadLeaf> leaves) {}

    static final class NotARecord {}

    record TreeOfClasses(String name, List<NotARecord> leaves) {}

    record LeafWithStringColor(String at, String color) {}

    record TreeOfStringLeaves(String name, List<LeafWithStringColor> leaves) {}

    record ColorAsNumber(String at, Integer color) {}

    record TreeWithBadColor(String name, List<ColorAsNumber> leaves) {}

    @Test
    void checksNestedRecordsAndNamesTheirFieldPathAndModel() {
        assertThatThrownBy(() -> RecordBinding.of(TREE, BadTree.class))
                .hasMessage("Cannot bind model Tree to record BadTree: "
                        + "field 'leaves.at' (Leaf.at): record component BadLeaf.at: type Integer cannot hold DateTime; "
                        + "declare OffsetDateTime, Instant or String; "
                        + "field 'leaves.color' (Leaf.color): record component BadLeaf.color: Java enum Colour does not "
                        + "match enum Color [red, green]: constant BLUE has no wire value "
                        + "(a constant matches a wire value equal to it ignoring case and '-' versus '_')");
    }

    @Test
    void rejectsANestedModelBoundToAClassThatIsNotARecord() {
        assertThatThrownBy(() -> RecordBinding.of(TREE, TreeOfClasses.class))
                .hasMessage("Cannot bind model Tree to record TreeOfClasses: field 'leaves': "
                        + "record component TreeOfClasses.leaves: type NotARecord cannot hold model Leaf; "
                        + "declare a record with its fields");
    }

    @Test
    void bindsEnumsAndDateTimesToStrings() {
        RecordBinding<TreeOfStringLeaves> binding = RecordBinding.of(TREE, TreeOfStringLeaves.class);
        String payload = "{\"name\":\"oak\",\"leaves\":[{\"at\":\"2024-05-01T10:15:30Z\",\"color\":\"red\"}]}";

        assertThat(binding.write(binding.read(Json.parse(payload)))).hasToString(payload);
    }

    @Test
    void rejectsAnEnumBoundToANonEnumType() {
        assertThatThrownBy(() -> RecordBinding.of(TREE, TreeWithBadColor.class))
                .hasMessage("Cannot bind model Tree to record TreeWithBadColor: field 'leaves.color' (Leaf.color): "
                        + "record component ColorAsNumber.color: type Integer cannot hold enum Color; "
                        + "declare a Java enum or String");
    }

    record JsonAsString(String value) {}

    @Test
    void rejectsJsonBoundToString() {
        Model model = Model.builder("Envelope").required("value", Scalar.JSON).build();

        assertThatThrownBy(() -> RecordBinding.of(model, JsonAsString.class))
                .hasMessage("Cannot bind model Envelope to record JsonAsString: field 'value': "
                        + "record component JsonAsString.value: type String cannot hold JSON; declare JsonNode");
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThatThrownBy(() -> RecordBinding.of(TYPED, WithExtra.class))
                .hasMessage("Cannot bind model Typed to record WithExtra: "
                        + "field 'instanceId': record component WithExtra.instanceId has no field in the model; "
                        + "field 'reason': record component WithExtra.reason has no field in the model; "
                        + "field 'comment': record component WithExtra.comment has no field in the model; "
                        + "field 'day': the field is required, but record WithExtra has no component day; "
                        + "field 'score': the field is required, but record WithExtra has no component score; "
                        + "field 'name': the field is required, but record WithExtra has no component name; "
                        + "field 'labels': the field is required, but record WithExtra has no component labels; "
                        + "field 'single': the field is required, but record WithExtra has no component single");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void rejectsAClassThatIsNotARecord() {
        Class raw = NotARecord.class;

        assertThatThrownBy(() -> RecordBinding.of(INPUT, raw))
                .hasMessage("Cannot bind model PauseResumeInput: " + NotARecord.class.getName() + " is not a record class");
    }
}
