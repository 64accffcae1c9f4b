package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;


/**
 * Which way data flows through a model, which decides whether a change narrows or widens what a
 * party has to handle. Callers write inputs, so narrowing an input breaks them; consumers read
 * outputs and event payloads, so widening those breaks them. Rules named {@code ...Output...} apply
 * to both read directions.
 */
@PublicApi
public enum Direction {
    /** An operation's input: written by callers, read by the server. */
    INPUT("io.input", "input field"),
    /** An operation's output: written by the server, read by callers. */
    OUTPUT("io.output", "output field"),
    /** An event's payload: written by the publisher, read by consumers. */
    PAYLOAD("payload", "payload field");

    private final String path;
    private final String noun;

    Direction(String path, String noun) {
        this.path = path;
        this.noun = noun;
    }

    /** The snapshot path of the model's root, e.g. {@code io.input}. */
    public String path() {
        return path;
    }

    /** How findings name a field of this direction, e.g. {@code "payload field"}. */
    public String noun() {
        return noun;
    }

    public boolean isInput() {
        return this == INPUT;
    }

    /** True for outputs and event payloads: the other party reads what we write. */
    public boolean isRead() {
        return this != INPUT;
    }
}
