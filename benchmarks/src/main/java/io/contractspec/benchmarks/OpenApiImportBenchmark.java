package io.contractspec.benchmarks;

import io.contractspec.openapi.ImportOptions;
import io.contractspec.openapi.ImportResult;
import io.contractspec.openapi.OpenApiImport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Importing an OpenAPI document (GitHub's REST API by default): the first import in a fresh JVM,
 * then warm rounds of the whole import (parse, map, render the Java sources) beside warm rounds of
 * swagger-parser alone, so the ratio shows what the import adds to reading the document.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.OpenApiImportBenchmark
 * <document> [warm-up rounds=3] [rounds=5]}
 */
public final class OpenApiImportBenchmark {

    private OpenApiImportBenchmark() {}

    public static void main(String[] args) {
        String document = args.length > 0 ? args[0] : "tools/node_modules/@octokit/openapi/generated/api.github.com.json";
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ImportOptions options = ImportOptions.of("com.github.api");

        long start = System.nanoTime();
        ImportResult first = OpenApiImport.read(document, options);
        System.out.printf("first import, fresh JVM: %d ms (%d operations, %d files, %d diagnostics)%n",
                (System.nanoTime() - start) / 1_000_000, first.operations().size(), first.sources().size(),
                first.diagnostics().size());
        long importMedian = median(() -> OpenApiImport.read(document, options), warmUp, rounds, "import");
        long parseMedian = median(() -> {
            ParseOptions parse = new ParseOptions();
            parse.setResolve(true);
            return new OpenAPIParser().readLocation(document, null, parse);
        }, warmUp, rounds, "swagger-parser alone");
        System.out.printf("warm medians: import %d ms, swagger-parser alone %d ms; import / parse = %.2f%n",
                importMedian, parseMedian, (double) importMedian / parseMedian);
    }

    private static long median(Supplier<Object> call, int warmUp, int rounds, String name) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println(name + " rounds (ms): " + times);
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
