package io.contractspec.build.load;

import io.contractspec.annotations.Internal;


/**
 * Contracts or inputs that cannot be loaded: a missing classpath entry, a classpath without a
 * {@code ContractModule}, an unreadable or invalid snapshot, a bad configuration file. The CLI prints
 * the message on one line and exits with 2; the message says what to fix, without a stack trace.
 */
@Internal
public final class LoadException extends RuntimeException {

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
