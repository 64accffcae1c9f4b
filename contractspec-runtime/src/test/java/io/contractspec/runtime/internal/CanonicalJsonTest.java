package io.contractspec.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.Contracts;
import org.junit.jupiter.api.Test;

/** Inputs that mean the same have the same canonical text and hash; others do not. */
class CanonicalJsonTest {

    private static String text(String json) {
        return CanonicalJson.text(Contracts.json(json));
    }

    @Test
    void sortsKeysAtEveryLevelAndDropsWhitespace() {
        assertThat(text("{b: 1, a: {d: [2, {y: 1, x: 0}], c: true}}")).isEqualTo("{\"a\":{\"c\":true,\"d\":[2,{\"x\":0,\"y\":1}]},\"b\":1}");
    }

    @Test
    void writesNumbersByValue() {
        assertThat(text("[1, 1.0, 1.50, 100, 1e2, -0.0]")).isEqualTo("[1,1,1.5,100,100,0]");
    }

    @Test
    void hashesEqualInputsAlike() {
        assertThat(CanonicalJson.sha256(Contracts.json("{a: 1, b: 'x'}")))
                .isEqualTo(CanonicalJson.sha256(Contracts.json("{b: 'x', a: 1.0}")))
                .hasSize(64);
    }

    @Test
    void keepsDifferentInputsApart() {
        assertThat(text("{a: '1'}")).isNotEqualTo(text("{a: 1}"));
        assertThat(text("['a,b']")).isNotEqualTo(text("['a', 'b']"));
        assertThat(text("{a: null}")).isNotEqualTo(text("{}"));
        assertThat(text("{'a\"': 1}")).isEqualTo("{\"a\\\"\":1}");
    }
}
