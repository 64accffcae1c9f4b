package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

    @Test
    void keysAgreeWithTheirGrammarOnEveryShortText() {
        Pattern specKey = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");
        Pattern acceptanceKey = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
        Pattern errorCode = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
        for (String text : allTexts("az09AZ-._ \u00e9", 4)) {
            assertThat(SpecKeys.isValid(text)).as(text).isEqualTo(specKey.matcher(text).matches());
            assertThat(AcceptanceKeys.isValid(text)).as(text).isEqualTo(acceptanceKey.matcher(text).matches());
            assertThat(ErrorSpec.isValidCode(text)).as(text).isEqualTo(errorCode.matcher(text).matches());
        }
    }

    /** Every text of up to {@code maxLength} characters from {@code alphabet}, the empty one included. */
    static List<String> allTexts(String alphabet, int maxLength) {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int start = 0, length = 1; length <= maxLength; length++) {
            int end = texts.size();
            for (int i = start; i < end; i++) {
                for (char c : alphabet.toCharArray()) {
                    texts.add(texts.get(i) + c);
                }
            }
            start = end;
        }
        return texts;
    }
}
