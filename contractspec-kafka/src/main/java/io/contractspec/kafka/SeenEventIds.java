package io.contractspec.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the events a consumer accepted most recently, to recognise a record published twice.
 * Bounded: a duplicate arrives close to its original (the relay re-sends the unacknowledged tail of
 * a batch), so the oldest ids can be forgotten.
 */
final class SeenEventIds {

    private final Map<String, Boolean> ids;

    SeenEventIds(int capacity) {
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the id; false when it was seen already. */
    boolean firstTime(String id) {
        return ids.put(id, Boolean.TRUE) == null;
    }
}
