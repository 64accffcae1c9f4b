package io.contractspec.examples.workflow.engine;

/** A condition that does not parse; the message names the position (1-based) and what was expected. */
public final class ConditionException extends IllegalArgumentException {

    private final int position;

    ConditionException(String message, int position) {
        super(message + " at position " + position);
        this.position = position;
    }

    /** The 1-based character position of the problem. */
    public int position() {
        return position;
    }
}
