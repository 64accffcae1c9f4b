package io.contractspec.cli.command;

/** A command line that parses but makes no sense (a bad option value, a file that would be overwritten). */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
