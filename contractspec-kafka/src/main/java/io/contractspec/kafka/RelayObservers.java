package io.contractspec.kafka;

import io.contractspec.runtime.EventEnvelope;
import java.time.Instant;
import java.util.List;

/** Several {@link RelayObserver}s as one, each called in turn; one that throws is logged and skipped. */
final class RelayObservers {

    private static final System.Logger LOG = System.getLogger(RelayObservers.class.getName());

    private RelayObservers() {}

    static RelayObserver compose(List<RelayObserver> observers) {
        List<RelayObserver> all = List.copyOf(observers);
        return new RelayObserver() {
            @Override
            public void delivered(EventEnvelope event, String topic, int partition, long offset, Instant acknowledgedAt) {
                all.forEach(o -> guarded(() -> o.delivered(event, topic, partition, offset, acknowledgedAt)));
            }

            @Override
            public void failed(EventEnvelope event, String topic, Exception cause) {
                all.forEach(o -> guarded(() -> o.failed(event, topic, cause)));
            }

            @Override
            public void roundEnded(int delivered, int pending) {
                all.forEach(o -> guarded(() -> o.roundEnded(delivered, pending)));
            }
        };
    }

    private static void guarded(Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "A relay observer failed; ignored", e);
        }
    }
}
