package io.contractspec.cli;

/**
 * A feature whose module is not part of this build (e.g. the OpenAPI export without the REST
 * module). The CLI reports it on one line and exits with 2 rather than pretending to succeed.
 */
public final class NotAvailableException extends RuntimeException {

    public NotAvailableException(String feature, String module) {
        super(feature + " is not available in this build (it needs the " + module + " module)");
    }
}
