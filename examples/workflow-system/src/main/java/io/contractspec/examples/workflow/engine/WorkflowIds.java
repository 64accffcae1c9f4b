package io.contractspec.examples.workflow.engine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of the records the engine creates: a readable prefix ({@code inst}, {@code req}, …) and a
 * random UUID. ThreadLocalRandom rather than {@link UUID#randomUUID()}: ids need to be unique,
 * not secret, and SecureRandom contends under load.
 */
public final class WorkflowIds {

    private WorkflowIds() {}

    public static String next(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return prefix + "-" + new UUID(high, low);
    }
}
