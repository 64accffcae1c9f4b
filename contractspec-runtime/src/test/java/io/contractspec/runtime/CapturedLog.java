package io.contractspec.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what one class logs through {@code System.Logger} (backed by java.util.logging) until
 * closed, and keeps it off the console meanwhile.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Class<?> type) {
        this.logger = Logger.getLogger(type.getName());
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
    }

    static CapturedLog of(Class<?> type) {
        return new CapturedLog(type);
    }

    /** Every message, each followed by the message of what was thrown, if anything. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (LogRecord record : records) {
            text.append(record.getLevel()).append(' ').append(record.getMessage()).append('\n');
            if (record.getThrown() != null) {
                text.append(record.getThrown()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(true);
    }
}
