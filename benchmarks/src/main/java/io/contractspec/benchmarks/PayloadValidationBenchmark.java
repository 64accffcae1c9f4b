package io.contractspec.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.contractspec.examples.workflow.instance.InstanceModels;
import io.contractspec.schema.ValidationResult;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a typical, already parsed {@code WorkflowInstance} payload: our validator against
 * networknt's on the JSON Schema we export for the same model (2020-12, ECMA regex via Joni, the
 * setup our differential test uses), in one run. Both accept the payload.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PayloadValidationBenchmark {

    static final String TYPICAL_INSTANCE = """
            {
              "id": "inst-456",
              "workflowDefinitionId": "wf-expense-approval",
              "workflowKey": "expense-approval",
              "status": "waiting",
              "currentStepId": "step-manager-approval",
              "currentStepKey": "manager-approval",
              "triggeredBy": "u-requester",
              "organizationId": "org_demo",
              "priority": 50,
              "referenceId": "exp-1001",
              "referenceType": "expense",
              "contextData": {"amount": 420, "currency": "CHF", "items": [{"label": "Train", "amount": 120}]},
              "dueAt": "2026-12-01T17:00:00Z",
              "createdAt": "2026-11-26T09:15:30.125Z",
              "startedAt": "2026-11-26T09:15:30.250+01:00"
            }
            """;

    private JsonNode payload;
    private JsonSchema networknt;

    @Setup
    public void setUp() throws Exception {
        payload = JsonMapper.builder().build().readTree(TYPICAL_INSTANCE);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                .formatAssertionsEnabled(false)
                .build();
        networknt = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JsonSchemaProjection.of(InstanceModels.WORKFLOW_INSTANCE), config);
        networknt.initializeValidators();
        if (!ours().isValid() || !networknt().isEmpty()) {
            throw new IllegalStateException("the benchmark payload must be valid for both: " + ours() + networknt());
        }
    }

    @Benchmark
    public ValidationResult ours() {
        return InstanceModels.WORKFLOW_INSTANCE.validate(payload);
    }

    @Benchmark
    public Set<ValidationMessage> networknt() {
        return networknt.validate(payload);
    }
}
