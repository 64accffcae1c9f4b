package io.contractspec.examples.workflow.engine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of the records the engine creates: a readable prefix ({@code inst}, {@code req}, …) and a
 * UUID version 7 (RFC 9562), a millisecond timestamp followed by random bits. Time-ordered ids
 * keep primary-key inserts at the right edge of their indexes: random ones land on a different
 * leaf page each time, split pages in the middle, and after every checkpoint make the database
 * log a full image of each page they touch. ThreadLocalRandom rather than
 * {@link UUID#randomUUID()}: ids need to be unique, not secret, and SecureRandom contends under
 * load.
 */
public final class WorkflowIds {

    private WorkflowIds() {}

    public static String next(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return prefix + "-" + new UUID(high, low);
    }
}
