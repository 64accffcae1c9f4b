package io.contractspec.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Positions inside a payload: only the root has no parent. */
class PayloadPathTest {

    @Test
    void onlyTheRootIsTheRoot() {
        assertThat(PayloadPath.ROOT.isRoot()).isTrue();
        assertThat(PayloadPath.ROOT.field("steps").isRoot()).isFalse();
        assertThat(PayloadPath.ROOT.field("steps").index(0).isRoot()).isFalse();
    }
}
