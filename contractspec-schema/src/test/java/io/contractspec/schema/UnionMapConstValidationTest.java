package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Unions, maps, constants and nullable items: each check reports the field path and a specific code. */
class UnionMapConstValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Model CAT = Model.builder("Cat").required("kind", Scalar.STRING).required("lives", Scalar.INT).build();
    private static final Model DOG = Model.builder("Dog").required("kind", Scalar.STRING).required("breed", Scalar.STRING).build();
    private static final Union PET = Union.builder("Pet").discriminator("kind").variant("cat", CAT).variant(DOG).build();
    private static final Union ID_OR_NAME = Union.builder("IdOrName").variant(Scalar.INT).variant(Scalar.STRING).build();
    private static final Union ANY_NUMBER = Union.builder("AnyNumber").inclusive().variant(Scalar.INT).variant(Scalar.FLOAT).build();
    private static final Union ONE_NUMBER = Union.builder("OneNumber").variant(Scalar.INT).variant(Scalar.FLOAT).build();

    private static final Model HOME = Model.builder("Home")
            .optional("pet", PET)
            .optional("owner", ID_OR_NAME)
            .optional("anyNumber", ANY_NUMBER)
            .optional("oneNumber", ONE_NUMBER)
            .field(Field.optional("ages", Scalar.INT).map().maxItems(2).minimum(0))
            .field(Field.optional("nicknames", Scalar.STRING).array().nullableItems())
            .field(Field.optional("schema", Scalar.STRING).constant("v2"))
            .build();

    @Test
    void selectsTheVariantByItsDiscriminator() {
        assertThat(HOME.validate(json("{'pet':{'kind':'cat','lives':9}}")).isValid()).isTrue();
        assertThat(Issues.of(HOME.validate(json("{'pet':{'kind':'cat','breed':'x'}}"))))
                .containsExactly("required@pet.lives", "unknown_field@pet.breed");
        assertThat(HOME.validate(json("{'pet':{'kind':'Dog','breed':'pug'}}")).isValid()).isTrue();
    }

    @Test
    void namesTheDiscriminatorWhenItIsMissingOrUnknown() {
        ValidationResult missing = HOME.validate(json("{'pet':{'lives':9}}"));
        assertThat(Issues.of(missing)).containsExactly("required@pet.kind");
        assertThat(missing.issues().get(0).message()).contains("one of [cat, Dog]");
        ValidationResult unknown = HOME.validate(json("{'pet':{'kind':'cow'}}"));
        assertThat(Issues.of(unknown)).containsExactly("discriminator@pet.kind");
        assertThat(unknown.issues().get(0).message()).isEqualTo("must be one of [cat, Dog], got 'cow'");
    }

    @Test
    void matchesVariantsWithoutADiscriminator() {
        assertThat(HOME.validate(json("{'owner':7}")).isValid()).isTrue();
        assertThat(HOME.validate(json("{'owner':'ann'}")).isValid()).isTrue();
        ValidationResult none = HOME.validate(json("{'owner':true}"));
        assertThat(Issues.of(none)).containsExactly("union@owner");
        assertThat(none.issues().get(0).message()).startsWith("must match exactly one of the IdOrName variants, matched none (Int: ");
    }

    @Test
    void namesEachVariantWithItsFirstProblemAtItsPath() {
        Union catOrDog = Union.builder("CatOrDog").variant(CAT).variant(DOG).build();
        Model shelter = Model.builder("Shelter").optional("resident", catOrDog).build();

        ValidationResult none = shelter.validate(json("{'resident':{'kind':'cat'}}"));

        assertThat(Issues.of(none)).containsExactly("union@resident");
        assertThat(none.issues().get(0).message()).isEqualTo("must match exactly one of the CatOrDog variants, matched"
                + " none (Cat: resident.lives is required; Dog: resident.breed is required)");
    }

    @Test
    void checksAnEnumVariantAgainstItsValues() {
        Union stateOrCode = Union.builder("StateOrCode").variant(EnumType.of("State", "open", "closed")).variant(Scalar.INT)
                .build();
        Model ticket = Model.builder("Ticket").optional("state", stateOrCode).build();

        assertThat(ticket.validate(json("{'state':'open'}")).isValid()).isTrue();
        assertThat(ticket.validate(json("{'state':404}")).isValid()).isTrue();
        assertThat(Issues.of(ticket.validate(json("{'state':'lost'}")))).containsExactly("union@state");
    }

    @Test
    void aDiscriminatedUnionWantsAnObject() {
        ValidationResult number = HOME.validate(json("{'pet':7}"));

        assertThat(Issues.of(number)).containsExactly("type@pet");
        assertThat(number.issues().get(0).message()).startsWith("expected a Pet object, got ");
    }

    @Test
    void exclusiveUnionsRejectAValueThatMatchesTwoVariants() {
        assertThat(HOME.validate(json("{'anyNumber':3}")).isValid()).isTrue();
        ValidationResult both = HOME.validate(json("{'oneNumber':3}"));
        assertThat(Issues.of(both)).containsExactly("union@oneNumber");
        assertThat(both.issues().get(0).message()).endsWith("matched Int, Float");
        assertThat(HOME.validate(json("{'oneNumber':3.5}")).isValid()).isTrue();
    }

    @Test
    void checksEveryMapValueAndTheEntryCount() {
        assertThat(HOME.validate(json("{'ages':{'ann':3,'bob':4}}")).isValid()).isTrue();
        assertThat(Issues.of(HOME.validate(json("{'ages':{'ann':-1,'odd key':null,'c':1}}"))))
                .containsExactly("max_items@ages", "minimum@ages.ann", "type@ages[\"odd key\"]");
        assertThat(Issues.of(HOME.validate(json("{'ages':[1]}")))).containsExactly("type@ages");
    }

    @Test
    void acceptsNullItemsOnlyWhereDeclared() {
        assertThat(HOME.validate(json("{'nicknames':['a',null]}")).isValid()).isTrue();
        assertThat(Issues.of(HOME.validate(json("{'nicknames':['a',1]}")))).containsExactly("type@nicknames[1]");
    }

    @Test
    void requiresTheConstant() {
        assertThat(HOME.validate(json("{'schema':'v2'}")).isValid()).isTrue();
        ValidationResult other = HOME.validate(json("{'schema':'v1'}"));
        assertThat(Issues.of(other)).containsExactly("const@schema");
        assertThat(other.issues().get(0).message()).isEqualTo("must be \"v2\"");
    }

    @Test
    void rejectsMeaninglessDeclarations() {
        assertThatThrownBy(() -> Union.builder("U").discriminator("kind").variant(CAT).variant(Scalar.INT).build())
                .hasMessageContaining("variant 'Int' must be a model");
        assertThatThrownBy(() -> Union.builder("U").variant(CAT).build()).hasMessageContaining("at least two variants");
        assertThatThrownBy(() -> Field.optional("f", Scalar.INT).array().map().build()).hasMessageContaining("not both");
        assertThatThrownBy(() -> Field.optional("f", Scalar.INT).nullableItems().build())
                .hasMessageContaining("nullable items need an array or map field");
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
