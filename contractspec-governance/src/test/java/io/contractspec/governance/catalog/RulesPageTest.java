package io.contractspec.governance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code RULES.md}, the committed rule table, is exactly what the rules generate. After changing a
 * rule, regenerate it with {@code contractspec rules --format markdown -o contractspec-governance/RULES.md}
 * or run this test with {@code -Dcontractspec.rules.write=true}.
 */
class RulesPageTest {

    private static final Path PAGE = Path.of("RULES.md");

    @Test
    void theCommittedPageIsTheGeneratedTable() throws IOException {
        String generated = RuleTableFormat.MARKDOWN.render(RuleTable.standard());
        if (Boolean.getBoolean("contractspec.rules.write")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PAGE)).as(PAGE.toAbsolutePath() + " exists").isTrue();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("RULES.md is out of date: regenerate it with `contractspec rules --format markdown"
                        + " -o contractspec-governance/RULES.md` or -Dcontractspec.rules.write=true")
                .isEqualTo(generated);
    }
}
