package io.contractspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command and subcommand, found by walking picocli's model (so commands added later are
 * covered without touching this test), answers {@code -h} and {@code --help} with exit 0 and its
 * usage, and {@code help <command> <subcommand>} shows that subcommand's usage.
 */
class HelpEverywhereTest {

    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(ContractSpecCli.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);
        return paths.stream().flatMap(path -> Stream.of("-h", "--help").map(flag -> DynamicTest.dynamicTest(
                String.join(" ", path) + " " + flag, () -> {
                    List<String> args = new ArrayList<>(path);
                    args.add(flag);
                    CliRun run = CliRun.of(args.toArray(String[]::new));
                    assertThat(run.exitCode()).as(run.toString()).isZero();
                    assertThat(run.out()).as(run.toString())
                            .startsWith("Usage: " + String.join(" ", prefixed(path)));
                    assertThat(run.err()).isEmpty();
                })));
    }

    @Test
    void everyCommandWithVersionOptionPrintsTheToolsVersion() {
        CliRun run = CliRun.of("init", "-V");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("contractspec " + ToolVersion.current() + "\n");
    }

    @Test
    void helpCommandReachesNestedSubcommands() {
        CliRun run = CliRun.of("help", "create", "operation");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Usage: contractspec create operation").contains("--kind").contains("--package");
    }

    @Test
    void helpCommandNamesAnUnknownSubcommand() {
        CliRun run = CliRun.of("help", "create", "widget");
        assertThat(run.exitCode()).isEqualTo(ContractSpecCli.USAGE);
        assertThat(run.err()).contains("'contractspec create' has no subcommand 'widget'").contains("operation");
    }

    @Test
    void usageErrorsSuggestAHelpCommandThatWorks() {
        CliRun wrong = CliRun.of("init", "--no-such-option");
        assertThat(wrong.err()).contains("Try 'contractspec init --help'.");
        assertThat(CliRun.of("init", "--help").exitCode()).isZero();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, paths);
            }
        });
    }

    private static List<String> prefixed(List<String> path) {
        List<String> words = new ArrayList<>(List.of("contractspec"));
        words.addAll(path);
        return words;
    }
}
