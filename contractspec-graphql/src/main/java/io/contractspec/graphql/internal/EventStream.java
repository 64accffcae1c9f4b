package io.contractspec.graphql.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The events of one subscription as a reactive-streams publisher for graphql-java: payloads are
 * offered by the event feed after commit and handed on as the subscriber requests them. One
 * subscriber; a slow one loses the oldest buffered events beyond {@value #MAX_BUFFERED} rather than
 * holding memory without bound. Cancelling removes the stream from the feed.
 */
final class EventStream implements Publisher<Object> {

    static final int MAX_BUFFERED = 1000;

    private final String eventKey;
    private final String version;
    private final String organizationId;
    private final Runnable onCancel;
    private final Deque<Object> queue = new ArrayDeque<>();
    private Subscriber<? super Object> subscriber;
    private long demand;
    private boolean draining;
    private boolean cancelled;

    EventStream(String eventKey, String version, String organizationId, Runnable onCancel) {
        this.eventKey = eventKey;
        this.version = version;
        this.organizationId = organizationId;
        this.onCancel = onCancel;
    }

    boolean wants(String key, String eventVersion, String organization) {
        return eventKey.equals(key) && version.equals(eventVersion) && organizationId.equals(organization);
    }

    @Override
    public void subscribe(Subscriber<? super Object> newSubscriber) {
        synchronized (this) {
            if (subscriber != null) {
                newSubscriber.onSubscribe(new Subscription() {
                    @Override
                    public void request(long n) {}

                    @Override
                    public void cancel() {}
                });
                newSubscriber.onError(new IllegalStateException("an event stream has one subscriber"));
                return;
            }
            subscriber = newSubscriber;
        }
        newSubscriber.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                synchronized (EventStream.this) {
                    demand = n <= 0 || demand + n < 0 ? Long.MAX_VALUE : demand + n;
                }
                drain();
            }

            @Override
            public void cancel() {
                synchronized (EventStream.this) {
                    cancelled = true;
                    queue.clear();
                }
                onCancel.run();
            }
        });
    }

    void offer(Object payload) {
        synchronized (this) {
            if (cancelled) {
                return;
            }
            if (queue.size() >= MAX_BUFFERED) {
                queue.pollFirst();
            }
            queue.addLast(payload);
        }
        drain();
    }

    /** Hands queued payloads on while there is demand; one thread at a time, the others leave it to that one. */
    private void drain() {
        synchronized (this) {
            if (draining) {
                return;
            }
            draining = true;
        }
        while (true) {
            Object next;
            Subscriber<? super Object> target;
            synchronized (this) {
                if (cancelled || subscriber == null || demand == 0 || queue.isEmpty()) {
                    draining = false;
                    return;
                }
                next = queue.pollFirst();
                if (demand != Long.MAX_VALUE) {
                    demand--;
                }
                target = subscriber;
            }
            target.onNext(next);
        }
    }
}
