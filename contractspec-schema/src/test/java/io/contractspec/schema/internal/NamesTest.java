package io.contractspec.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void identifiersAgreeWithTheirGrammarOnEveryShortText() {
        Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        List<String> texts = new ArrayList<>(List.of(""));
        String alphabet = "azAZ09_-. \u00e9";
        for (int start = 0, length = 1; length <= 4; length++) {
            int end = texts.size();
            for (int i = start; i < end; i++) {
                for (char c : alphabet.toCharArray()) {
                    texts.add(texts.get(i) + c);
                }
            }
            start = end;
        }
        for (String text : texts) {
            assertThat(Names.isIdentifier(text)).as(text).isEqualTo(identifier.matcher(text).matches());
        }
        assertThat(Names.isIdentifier(null)).isFalse();
    }

    @Test
    void requireIdentifierNamesWhatIsWrong() {
        assertThat(Names.requireIdentifier("Order_2", "Model name")).isEqualTo("Order_2");
        assertThatThrownBy(() -> Names.requireIdentifier("2nd", "Field name"))
                .hasMessage("Field name must match [A-Za-z_][A-Za-z0-9_]*, got '2nd'");
    }
}
