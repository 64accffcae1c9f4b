package io.contractspec.runtime.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for events and audit records: UUID version 7 (RFC 9562), a millisecond timestamp followed by
 * random bits. Time-ordered ids index well, and ThreadLocalRandom avoids the contention of
 * {@link UUID#randomUUID()}'s SecureRandom on the hot path; these ids need uniqueness, not secrecy.
 */
public final class Ids {

    private Ids() {}

    public static String newId(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
