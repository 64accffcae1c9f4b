package io.contractspec.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceIdsTest {

    private static final String ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void readsTheTraceIdOfAValidTraceparent() {
        assertThat(TraceIds.fromTraceparent("00-" + ID + "-00f067aa0ba902b7-01")).isEqualTo(ID);
        assertThat(TraceIds.fromTraceparent("01-" + ID + "-00f067aa0ba902b7-01-future")).isEqualTo(ID);
    }

    @Test
    void refusesMalformedTraceparents() {
        assertThat(TraceIds.fromTraceparent("ff-" + ID + "-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceIds.fromTraceparent("00-" + ID.toUpperCase() + "-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceIds.fromTraceparent("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceIds.fromTraceparent("00-" + ID + "-0000000000000000-01")).isNull();
        assertThat(TraceIds.fromTraceparent("00-" + ID + "-00f067aa0ba902b7-01-extra")).isNull();
        assertThat(TraceIds.fromTraceparent("garbage")).isNull();
        assertThat(TraceIds.fromTraceparent(null)).isNull();
    }

    @Test
    void prefersTraceparentThenASafeTraceIdThenANewOne() {
        assertThat(TraceIds.resolve("00-" + ID + "-00f067aa0ba902b7-01", "mine")).isEqualTo(ID);
        assertThat(TraceIds.resolve(null, "req_1.a-b")).isEqualTo("req_1.a-b");
        assertThat(TraceIds.resolve(null, "has space")).matches("[0-9a-f]{32}");
        assertThat(TraceIds.resolve(null, "x".repeat(65))).matches("[0-9a-f]{32}");
        assertThat(TraceIds.resolve(null, null)).isNotEqualTo(TraceIds.resolve(null, null));
    }

    @Test
    void writesATraceparentOnlyForW3cShapedIds() {
        assertThat(TraceIds.traceparentFor(ID)).matches("00-" + ID + "-[0-9a-f]{16}-01");
        assertThat(TraceIds.traceparentFor("req-1")).isNull();
    }
}
