package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.Contracts;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/** The paginated trait: its four fields must exist and fit, and it survives the snapshot. */
class PaginationChecksTest {

    private static final String SUBJECT = "operation loan.application.list@1.0.0: ";

    private static final Model ITEM = Model.builder("Application").required("id", Scalar.ID).build();

    private static final Model INPUT = Model.builder("ListInput")
            .optional("cursor", Scalar.STRING)
            .field(Field.optional("limit", Scalar.INT).defaultValue(20))
            .required("status", Scalar.STRING)
            .build();

    private static final Model OUTPUT = Model.builder("ApplicationPage")
            .field(Field.required("items", ITEM).array())
            .field(Field.required("nextCursor", Scalar.STRING).nullable())
            .required("label", Scalar.STRING)
            .build();

    private static OperationBuilder list() {
        return Contracts.query("loan.application.list", "1.0.0").input(INPUT).output(OUTPUT);
    }

    @Test
    void recordsTheFourFieldsAndKeepsThemThroughTheSnapshot() {
        OperationSpec spec = list().paginated("cursor", "nextCursor", "limit", "items").build();

        assertThat(spec.pagination()).contains(new Pagination("cursor", "nextCursor", "limit", "items"));
        ContractRegistry registry = ContractRegistry.builder().register(spec).build();
        String text = Snapshot.write(registry);
        assertThat(text).contains("\"pagination\": {");
        assertThat(Snapshot.read(text).operations()).containsExactly(spec);
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Test
    void anOperationWithoutTheTraitHasNoPagination() {
        assertThat(list().build().pagination()).isEmpty();
    }

    @Test
    void rejectsAFieldThatDoesNotExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("after", "nextCursor", "limit", "items").build())
                .withMessage(SUBJECT + "pagination.inputToken: 'after' is not a field of ListInput");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("cursor", "next", "limit", "items").build())
                .withMessage(SUBJECT + "pagination.outputToken: 'next' is not a field of ApplicationPage");
    }

    @Test
    void rejectsARequiredCursorOrPageSize() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("status", "nextCursor", "limit", "items").build())
                .withMessage(SUBJECT + "pagination.inputToken: 'status' must be optional (the first page has no cursor)");
    }

    @Test
    void rejectsFieldsOfTheWrongType() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("limit", "nextCursor", "limit", "items").build())
                .withMessage(SUBJECT + "pagination.inputToken: 'limit' must be a single string-typed scalar");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("cursor", "nextCursor", "cursor", "items").build())
                .withMessage(SUBJECT + "pagination.pageSize: 'cursor' must be a single Int");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("cursor", "nextCursor", "limit", "label").build())
                .withMessage(SUBJECT + "pagination.items: 'label' must be an array");
    }

    @Test
    void rejectsANextCursorThatTheLastPageCouldNotLeaveOut() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> list().paginated("cursor", "label", "limit", "items").build())
                .withMessage(SUBJECT + "pagination.outputToken: 'label' must be optional or nullable"
                        + " (the last page has no next cursor)");
    }

    @Test
    void needsAnInput() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.query("loan.application.list", "1.0.0").output(OUTPUT)
                        .paginated("cursor", "nextCursor", "limit", "items").build())
                .withMessageContaining("needs an input model");
    }
}
