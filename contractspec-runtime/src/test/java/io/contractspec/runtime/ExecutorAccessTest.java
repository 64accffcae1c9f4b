package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Surfaces reach the registry an executor serves and subscribe to its event bus after it is built. */
class ExecutorAccessTest {

    private final Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START,
            (input, context) -> {
                context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
                return json(Fixtures.RUNNING);
            }));

    @Test
    void servesTheRegistryItWasBuiltWith() {
        assertThat(harness.executor.registry()).isSameAs(harness.registry);
    }

    @Test
    void aSubscriberAddedToItsEventBusHearsTheNextCallsEvents() {
        List<EventEnvelope> late = new CopyOnWriteArrayList<>();
        harness.executor.eventBus().subscribe("late", late::add);

        harness.call(START.key(), VALID_START, alice());
        harness.executor.eventBus().relay();

        assertThat(late).extracting(EventEnvelope::key).containsExactly("workflow.instance.started");
    }
}
