package io.contractspec.governance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.Field;
import io.contractspec.schema.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bound of a field's constraints is compared on its own and told narrowing from widening. */
class ConstraintDifferTest {

    private static List<String> changes(Field.Builder before, Field.Builder after) {
        return ConstraintDiffer.changes(before.build().constraints(), after.build().constraints()).stream()
                .map(change -> change.describe() + (change.narrows() ? " narrows" : "") + (change.widens() ? " widens" : ""))
                .toList();
    }

    @Test
    void raisedMinimumLengthNarrowsAndRaisedMaximumLengthWidens() {
        assertThat(changes(Field.optional("note", Scalar.STRING).minLength(5).maxLength(10),
                Field.optional("note", Scalar.STRING).minLength(8).maxLength(20)))
                .containsExactly("minLength raised from 5 to 8 narrows", "maxLength raised from 10 to 20 widens");
    }

    @Test
    void loweredItemBoundsWidenAtTheBottomAndNarrowAtTheTop() {
        assertThat(changes(Field.optional("tags", Scalar.STRING).array().minItems(2).maxItems(10),
                Field.optional("tags", Scalar.STRING).array().minItems(1).maxItems(5)))
                .containsExactly("minItems lowered from 2 to 1 widens", "maxItems lowered from 10 to 5 narrows");
    }

    @Test
    void unchangedBoundsAreNoChange() {
        assertThat(changes(Field.optional("qty", Scalar.INT).minimum(1).maximum(9),
                Field.optional("qty", Scalar.INT).minimum(1).maximum(9))).isEmpty();
    }
}
