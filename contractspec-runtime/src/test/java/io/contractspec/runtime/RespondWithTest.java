package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.OperationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A handler answers with another response only when the contract documents it: the success
 * status itself, or a {@code restResponse}; anything else fails the call on the server.
 */
class RespondWithTest {

    static final OperationSpec ACCEPTING = START.toBuilder().restResponse(202, "the start is queued").build();

    private static Harness answering(int status) {
        return new Harness(List.of(ACCEPTING, STARTED), (handlers, h) -> handlers.bind(ACCEPTING, (input, context) -> {
            context.respondWith(status);
            return json(RUNNING);
        }));
    }

    @Test
    void aDocumentedResponseIsTheCallsStatus() {
        assertThat(successOf(answering(202).call(START.key(), VALID_START, alice())).status()).isEqualTo(202);
        assertThat(successOf(answering(ACCEPTING.successStatus()).call(START.key(), VALID_START, alice())).status())
                .isEqualTo(ACCEPTING.successStatus());
    }

    @Test
    void anUndocumentedResponseFailsTheCall() {
        problemOf(answering(204).call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");
    }
}
