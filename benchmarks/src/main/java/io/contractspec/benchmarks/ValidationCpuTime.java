package io.contractspec.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.management.OperatingSystemMXBean;
import io.contractspec.examples.workflow.instance.InstanceModels;
import io.contractspec.schema.Model;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Our validator on the {@code WorkflowInstance} payload of {@code PayloadValidationBenchmark},
 * measured in process CPU time per validation (all threads: JIT and GC included) rather than wall
 * time, so that a machine shared with other builds slows it less; {@code validation-compare.mjs}
 * measures the JavaScript validators the same way. Prints the median and the minimum of the rounds.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.ValidationCpuTime
 * }</pre>
 */
public final class ValidationCpuTime {

    private static final int BATCH = 1_000_000;
    private static final int ROUNDS = 7;

    private ValidationCpuTime() {}

    public static void main(String[] args) throws Exception {
        Model model = InstanceModels.WORKFLOW_INSTANCE;
        JsonNode payload = JsonMapper.builder().build().readTree(PayloadValidationBenchmark.TYPICAL_INSTANCE);
        if (!model.validate(payload).isValid()) {
            throw new IllegalStateException("the benchmark payload must be valid");
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int valid = 0;
        for (int warmup = 0; warmup < 3; warmup++) {
            valid += run(model, payload);
        }
        double[] nanosPerOp = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = os.getProcessCpuTime();
            valid += run(model, payload);
            nanosPerOp[round] = (os.getProcessCpuTime() - start) / (double) BATCH;
        }
        Arrays.sort(nanosPerOp);
        System.out.printf("ours (process CPU time)            %6.0f ns/op (median of %d rounds of %d, min %.0f)%s%n",
                nanosPerOp[ROUNDS / 2], ROUNDS, BATCH, nanosPerOp[0], valid > 0 ? "" : "!");
    }

    private static int run(Model model, JsonNode payload) {
        int valid = 0;
        for (int i = 0; i < BATCH; i++) {
            if (model.validate(payload).isValid()) {
                valid++;
            }
        }
        return valid;
    }
}
