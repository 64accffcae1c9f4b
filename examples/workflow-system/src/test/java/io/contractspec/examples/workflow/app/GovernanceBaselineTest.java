package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The application packages its committed contracts.lock.json and the Studio's governance view compares against it. */
class GovernanceBaselineTest {

    @Test
    void theBaselineIsTheCommittedLockFile() throws Exception {
        ContractRegistry committed = Snapshot.read(Path.of("contracts.lock.json"));

        ContractRegistry packaged = GovernanceBaseline.committed();

        assertThat(Snapshot.write(packaged)).isEqualTo(Snapshot.write(committed));
        assertThat(packaged.operation("workflow.instance.get", "1.0.0")).isPresent();
    }

    @Test
    void theStudioComparesTheRunningContractsWithTheBaseline() {
        try (RunningApp app = RunningApp.start()) {
            ApiClient.Reply catalog = app.http.get(null, "/studio/data/catalog.json");

            assertThat(catalog.status()).isEqualTo(200);
            JsonNode governance = catalog.json().get("governance");
            assertThat(governance.get("baseline").asBoolean()).as("the Studio has a baseline").isTrue();
            // The committed lock file is regenerated with every contract change, so nothing differs.
            assertThat(governance.get("breaking")).as(governance.toString()).isEmpty();
        }
    }
}
