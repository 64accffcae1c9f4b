/**
 * Internal: The {@code contractspec} command: {@link io.contractspec.cli.ContractSpecCli} parses the command line (picocli) and maps failures to exit codes.
 */
package io.contractspec.cli;
