package io.contractspec.schema.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A position inside a payload, as an immutable linked list so that walking a document costs one
 * small object per step and text is only rendered when an issue is reported.
 * Rendered as {@code steps[0].key}; keys that are not identifiers use {@code ["odd key"]}.
 */
public final class PayloadPath {

    public static final PayloadPath ROOT = new PayloadPath(null, null, -1);

    private final PayloadPath parent;
    private final String field;
    private final int index;

    private PayloadPath(PayloadPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    public PayloadPath field(String name) {
        return new PayloadPath(this, name, -1);
    }

    public PayloadPath index(int position) {
        return new PayloadPath(this, null, position);
    }

    public boolean isRoot() {
        return parent == null;
    }

    @Override
    public String toString() {
        Deque<PayloadPath> steps = new ArrayDeque<>();
        for (PayloadPath at = this; at.parent != null; at = at.parent) {
            steps.push(at);
        }
        StringBuilder out = new StringBuilder();
        for (PayloadPath step : steps) {
            if (step.field == null) {
                out.append('[').append(step.index).append(']');
            } else if (Names.isIdentifier(step.field)) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step.field);
            } else {
                out.append("[\"").append(step.field.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return out.toString();
    }
}
