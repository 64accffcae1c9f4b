package io.contractspec.runtime.retention;

import io.contractspec.annotations.PublicApi;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the runtime's tables keep. Every period is optional: absent means "keep forever" for that
 * store. Build one with {@link #builder()}.
 */
@PublicApi
public final class RetentionPolicy {

    /** Rows deleted per transaction: small enough that no lock is held for long. */
    public static final int DEFAULT_BATCH_SIZE = 1000;
    /** Batches per store and run, so one run ends even while the tables grow faster than it purges. */
    public static final int DEFAULT_MAX_BATCHES = 100;

    private final Optional<Duration> deliveredEvents;
    private final Optional<Duration> idempotencyKeys;
    private final Optional<Duration> audit;
    private final Optional<RetentionArchive> archive;
    private final int batchSize;
    private final int maxBatchesPerRun;

    private RetentionPolicy(Builder builder) {
        this.deliveredEvents = Optional.ofNullable(builder.deliveredEvents);
        this.idempotencyKeys = Optional.ofNullable(builder.idempotencyKeys);
        this.audit = Optional.ofNullable(builder.audit);
        this.archive = Optional.ofNullable(builder.archive);
        this.batchSize = builder.batchSize;
        this.maxBatchesPerRun = builder.maxBatchesPerRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Events older than this, once every subscriber's position has passed them, are removed. */
    public Optional<Duration> deliveredEvents() {
        return deliveredEvents;
    }

    /** Idempotency keys older than this are removed (use at least the runtime's idempotency TTL). */
    public Optional<Duration> idempotencyKeys() {
        return idempotencyKeys;
    }

    /** Audit records older than this are removed (archived first when an archive is set). */
    public Optional<Duration> audit() {
        return audit;
    }

    /** Where events and audit records go before they are deleted; absent = deleted for good. */
    public Optional<RetentionArchive> archive() {
        return archive;
    }

    public int batchSize() {
        return batchSize;
    }

    public int maxBatchesPerRun() {
        return maxBatchesPerRun;
    }

    public static final class Builder {

        private Duration deliveredEvents;
        private Duration idempotencyKeys;
        private Duration audit;
        private RetentionArchive archive;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int maxBatchesPerRun = DEFAULT_MAX_BATCHES;

        private Builder() {}

        public Builder deliveredEvents(Duration keepFor) {
            this.deliveredEvents = positive(keepFor, "deliveredEvents");
            return this;
        }

        public Builder idempotencyKeys(Duration keepFor) {
            this.idempotencyKeys = positive(keepFor, "idempotencyKeys");
            return this;
        }

        public Builder audit(Duration keepFor) {
            this.audit = positive(keepFor, "audit");
            return this;
        }

        public Builder archive(RetentionArchive archive) {
            this.archive = Objects.requireNonNull(archive, "archive");
            return this;
        }

        public Builder batchSize(int rows) {
            if (rows < 1 || rows > 10_000) {
                throw new IllegalArgumentException("batchSize must be 1-10000, got " + rows);
            }
            this.batchSize = rows;
            return this;
        }

        public Builder maxBatchesPerRun(int batches) {
            if (batches < 1) {
                throw new IllegalArgumentException("maxBatchesPerRun must be at least 1, got " + batches);
            }
            this.maxBatchesPerRun = batches;
            return this;
        }

        public RetentionPolicy build() {
            return new RetentionPolicy(this);
        }

        private static Duration positive(Duration keepFor, String what) {
            Objects.requireNonNull(keepFor, what);
            if (keepFor.isNegative() || keepFor.isZero()) {
                throw new IllegalArgumentException(what + " must be a positive duration, got " + keepFor);
            }
            return keepFor;
        }
    }
}
