package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} alone, for commands whose {@code --version} option means something else
 * than the tool's version (e.g. {@code create operation --version 2.0.0}).
 */
@Internal
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
