package io.contractspec.governance.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every golden case below {@code src/test/resources/golden}: one directory per case. */
class GoldenCasesTest {

    private static final GoldenCaseRunner RUNNER = GoldenCaseRunner.standard();

    static Path root() throws URISyntaxException {
        return Path.of(GoldenCasesTest.class.getResource("/golden").toURI());
    }

    static List<GoldenCase> cases() throws URISyntaxException {
        return GoldenCase.findAll(root());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsMatchTheEventsFile(GoldenCase golden) {
        GoldenResult result = RUNNER.run(golden);
        assertTrue(result.passed(), result::describe);
    }
}
