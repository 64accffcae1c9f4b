package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.examples.workflow.engine.PostgresSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db}: the application on a shared PostgreSQL schema, where it loads no demo data. */
class PostgresAppTest {

    @TempDir
    Path dataDir;

    @Test
    void startsOnASharedDatabaseWithoutDemoData() {
        try (PostgresSchema schema = new PostgresSchema()) {
            List<String> args = new ArrayList<>(List.of("--port", "0", "--data", dataDir.toString(),
                    "--db", schema.url(), "--db-user", PostgresSchema.user()));
            if (!PostgresSchema.password().isEmpty()) {
                args.addAll(List.of("--db-password", PostgresSchema.password()));
            }
            RunningApp.Output output = RunningApp.run(Map.of(), args.toArray(String[]::new));
            assertThat(output.launch().exitCode()).as(output.err()).isZero();
            try (WorkflowApplication application = output.launch().application().orElseThrow()) {
                ApiClient http = new ApiClient(application.baseUrl());
                String admin = RunningApp.run(Map.of(), "token", "--user", "u-admin", "--org", "org_demo",
                        "--roles", "workflow.admin", "--data", dataDir.toString()).out().strip();

                assertThat(http.get(null, "/ready").status()).isEqualTo(200);
                ApiClient.Reply definitions = http.get(admin, "/api/workflow/definitions");
                assertThat(definitions.status()).isEqualTo(200);
                assertThat(definitions.json().get("total").asInt()).isZero();
            }
        }
    }
}
