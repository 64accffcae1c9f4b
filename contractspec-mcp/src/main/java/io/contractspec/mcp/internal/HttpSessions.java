package io.contractspec.mcp.internal;

import io.contractspec.runtime.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streamable HTTP sessions the gateway let through: who opened each (a session answers only to
 * the user and organization that initialized it) and when it was last used. A session idle for
 * longer than the timeout has expired; the gateway closes it in the SDK and answers 404, which
 * tells a client to initialize a new one.
 */
public final class HttpSessions {

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Clock clock;

    public HttpSessions(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    void opened(String sessionId, Principal owner) {
        sessions.put(sessionId, new Entry(owner.userId(), owner.organizationId(), clock.instant()));
    }

    void closed(String sessionId) {
        sessions.remove(sessionId);
    }

    /** What a request naming this session may do; a usable session counts as used now. */
    Access access(String sessionId, Principal caller) {
        Entry entry = sessions.get(sessionId);
        if (entry == null) {
            return Access.UNKNOWN;
        }
        Instant now = clock.instant();
        if (expired(entry, now)) {
            return Access.EXPIRED;
        }
        if (!entry.userId().equals(caller.userId()) || !entry.organizationId().equals(caller.organizationId())) {
            return Access.FOREIGN;
        }
        sessions.put(sessionId, new Entry(entry.userId(), entry.organizationId(), now));
        return Access.OPEN;
    }

    /** The sessions idle past the timeout, forgotten here; the caller closes them in the SDK. */
    List<String> takeExpired() {
        Instant now = clock.instant();
        List<String> expired = new ArrayList<>();
        sessions.forEach((id, entry) -> {
            if (expired(entry, now) && sessions.remove(id, entry)) {
                expired.add(id);
            }
        });
        return expired;
    }

    private boolean expired(Entry entry, Instant now) {
        return !now.isBefore(entry.lastUsed().plus(timeout));
    }

    enum Access { OPEN, UNKNOWN, EXPIRED, FOREIGN }

    private record Entry(String userId, String organizationId, Instant lastUsed) {}
}
