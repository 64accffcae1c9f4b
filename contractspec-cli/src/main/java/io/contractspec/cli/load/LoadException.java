package io.contractspec.cli.load;

/**
 * Contracts or inputs that cannot be loaded: a missing classpath entry, a classpath without a
 * {@code ContractModule}, an unreadable or invalid snapshot, a bad configuration file. The CLI prints
 * the message on one line and exits with 2; the message says what to fix, without a stack trace.
 */
public final class LoadException extends RuntimeException {

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
