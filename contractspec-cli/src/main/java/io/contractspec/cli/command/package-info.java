/**
 * Internal: One class per command and subcommand, registered one line each in {@link io.contractspec.cli.command.RootCommand}; shared options (project, contracts, report) are picocli mixins. Every command answers -h/--help.
 */
package io.contractspec.cli.command;
