package io.contractspec.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.schema.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceConfigTest {

    @Test
    void readsBothSectionsOfOneFile(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve(GovernanceConfig.FILE_NAME), """
                {"lint": {"rules": {"MissingGoal": "off"}},
                 "breakingChanges": {"rules": {"AddedDeclaredError": "warning"}}}""");

        GovernanceConfig config = GovernanceConfig.find(project);

        assertThat(config.lint().severity("MissingGoal", Severity.WARNING)).isEmpty();
        assertThat(config.breakingChanges().severity("AddedDeclaredError", Severity.DANGER)).contains(Severity.WARNING);
    }

    @Test
    void aProjectWithoutTheFileGetsTheDefaults(@TempDir Path project) {
        assertThat(GovernanceConfig.find(project)).isSameAs(GovernanceConfig.DEFAULTS);
    }

    @Test
    void aMistakeInEitherSectionNamesTheFileAndKey() {
        assertThatThrownBy(() -> GovernanceConfig.parse("{\"breakingChanges\": {\"rules\": {\"X\": 1}}}", "rc.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("rc.json: breakingChanges.rules.X: unknown severity 1");
    }
}
