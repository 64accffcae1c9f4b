package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.governance.catalog.RuleTable;
import io.contractspec.governance.catalog.RuleTableFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec rules}: every lint rule, breaking-change rule and version-policy check with its
 * level, severity, what it finds and why; {@code --format markdown} writes the page committed as
 * {@code contractspec-governance/RULES.md}.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every governance rule with its level, severity and the reason for it.")
@Internal
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "The file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        RuleTableFormat chosen = Usage.choice("--format", format, RuleTableFormat.class);
        Output.text(chosen.render(RuleTable.standard()), out, command.commandLine().getOut());
        return 0;
    }
}
