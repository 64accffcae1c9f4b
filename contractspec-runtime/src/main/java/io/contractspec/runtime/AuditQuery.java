package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import java.time.Instant;
import java.util.Optional;

/** Filters for the audit trail; every filter is optional, results are oldest first. */
@PublicApi
public final class AuditQuery {

    private final String actor;
    private final String organizationId;
    private final String action;
    private final Instant from;
    private final Instant to;
    private final String traceId;
    private final int limit;

    private AuditQuery(Builder builder) {
        this.actor = builder.actor;
        this.organizationId = builder.organizationId;
        this.action = builder.action;
        this.from = builder.from;
        this.to = builder.to;
        this.traceId = builder.traceId;
        this.limit = builder.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** Inclusive lower bound of {@code occurredAt}. */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /** Exclusive upper bound of {@code occurredAt}. */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    public int limit() {
        return limit;
    }

    /** True when the record passes every filter (used by in-memory stores). */
    public boolean matches(AuditRecord record) {
        return (actor == null || actor.equals(record.actor()))
                && (organizationId == null || organizationId.equals(record.organizationId()))
                && (action == null || action.equals(record.action()))
                && (from == null || !record.occurredAt().isBefore(from))
                && (to == null || record.occurredAt().isBefore(to))
                && (traceId == null || traceId.equals(record.traceId()));
    }

    public static final class Builder {
        private String actor;
        private String organizationId;
        private String action;
        private Instant from;
        private Instant to;
        private String traceId;
        private int limit = 100;

        private Builder() {}

        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        public Builder limit(int limit) {
            if (limit < 1 || limit > 10_000) {
                throw new IllegalArgumentException("limit must be between 1 and 10000, got " + limit);
            }
            this.limit = limit;
            return this;
        }

        public AuditQuery build() {
            return new AuditQuery(this);
        }
    }
}
