package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"workflow.instance.resume", "workflow.instance.timed-out", "a", "a1.b-2", "1", "a.b.c.d-e-f"})
    void acceptsDottedLowerCaseKeys(String key) {
        assertThat(SpecKeys.isValid(key)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "Workflow.instance", "workflow.Instance", "workflow..instance", ".workflow", "workflow.", "-workflow",
        "workflow-", "workflow.-instance", "workflow-.instance", "timed--out", "workflow instance", " workflow",
        "workflow\t", "workflow_instance", "workflow/instance", "workflow@1.0.0", "wörkflow", "ｗorkflow", "работа",
        "workflow.instance\n"
    })
    void rejectsMalformedKeys(String key) {
        assertThat(SpecKeys.isValid(key)).isFalse();
    }
}
