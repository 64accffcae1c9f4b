package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;


/** A command line that parses but makes no sense (a bad option value, a file that would be overwritten). */
@Internal
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
