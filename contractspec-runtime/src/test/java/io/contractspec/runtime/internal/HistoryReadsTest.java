package io.contractspec.runtime.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The arguments every store checks for a history read, at their limits. */
class HistoryReadsTest {

    @Test
    void acceptsTheSmallestAndLargestValidArguments() {
        assertThatCode(() -> HistoryReads.check("s", 0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> HistoryReads.check("s", Long.MAX_VALUE, HistoryReads.MAX_LIMIT)).doesNotThrowAnyException();
    }

    @Test
    void refusesEachArgumentJustBeyondItsLimitNamingIt() {
        assertThatThrownBy(() -> HistoryReads.check(null, 0, 1)).hasMessage("subject must not be blank");
        assertThatThrownBy(() -> HistoryReads.check(" ", 0, 1)).hasMessage("subject must not be blank");
        assertThatThrownBy(() -> HistoryReads.check("s", -1, 1)).hasMessage("after must not be negative, got -1");
        assertThatThrownBy(() -> HistoryReads.check("s", 0, 0)).hasMessage("limit must be between 1 and 10000, got 0");
        assertThatThrownBy(() -> HistoryReads.check("s", 0, 10_001))
                .hasMessage("limit must be between 1 and 10000, got 10001");
    }
}
