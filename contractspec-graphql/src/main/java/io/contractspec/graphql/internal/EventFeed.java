package io.contractspec.graphql.internal;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.graphql.EventReadPolicy;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.EventBus;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.EventSubscriber;
import io.contractspec.runtime.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Feeds subscriptions from the event bus: one named bus subscriber hands each committed event to
 * the open streams that asked for its key and version in its organization. A stream is opened only
 * for an authenticated subscriber the {@link EventReadPolicy} lets read the event.
 *
 * <p>Only events committed while a stream is open reach it. The bus delivers from the subscriber's
 * stored position, so {@link #start} first catches up (dropping what was committed before this
 * node served subscriptions) and only then goes live.
 */
public final class EventFeed implements EventSubscriber {

    private final ContractRegistry registry;
    private final EventReadPolicy policy;
    private final List<EventStream> streams = new CopyOnWriteArrayList<>();
    private volatile boolean live;

    public EventFeed(ContractRegistry registry, EventReadPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    /** Subscribes to the bus under {@code name}, skips the backlog, then delivers. */
    public void start(EventBus bus, String name) {
        bus.subscribe(name, this);
        bus.relay();
        live = true;
    }

    DataFetcher<?> fetcher(EventSpec event) {
        return environment -> {
            RequestContext request = environment.getGraphQlContext().get(RequestContext.KEY);
            CallContext subscriber = request.callContext();
            Principal principal = subscriber.principal().orElse(null);
            if (principal == null || !policy.mayRead(registry, event, subscriber)) {
                StandardCode code = principal == null ? StandardCode.UNAUTHENTICATED : StandardCode.FORBIDDEN;
                return DataFetcherResult.newResult().error(ProblemErrors.forField(
                        io.contractspec.core.result.Problem.of(code)
                                .detail("Denied: reading " + event.key() + " events is not allowed for this caller.")
                                .traceId(request.traceId()).build(),
                        environment.getExecutionStepInfo().getPath(), List.of(environment.getField().getSourceLocation())))
                        .build();
            }
            EventStream[] holder = new EventStream[1];
            EventStream stream = new EventStream(event.key(), event.version(), principal.organizationId(),
                    () -> streams.remove(holder[0]));
            holder[0] = stream;
            streams.add(stream);
            return stream;
        };
    }

    @Override
    public void onEvent(EventEnvelope event) {
        if (!live || event.organizationId() == null) {
            return;
        }
        for (EventStream stream : streams) {
            if (stream.wants(event.key(), event.version(), event.organizationId())) {
                stream.offer(event.payload());
            }
        }
    }

    /** How many subscriptions are open (for tests and metrics). */
    public int openStreams() {
        return streams.size();
    }
}
