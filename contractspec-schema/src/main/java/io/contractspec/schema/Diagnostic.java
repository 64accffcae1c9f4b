package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import java.util.Optional;

/**
 * The one finding type of the whole system: payload validation issues, lint findings and
 * breaking-change findings are all diagnostics.
 *
 * <p>For a payload issue the {@link #id()} is the stable validation code ({@code required},
 * {@code type}, {@code min_length}, …) and the {@link #path()} points into the payload
 * ({@code steps[0].key}; the empty string is the payload itself). For a governance finding the id
 * is the rule id (the rule's class name, e.g. {@code EventKeyNotPastTense}) and the
 * {@link #subject()} names the spec ({@code key@version}).
 */
@PublicApi
public final class Diagnostic {

    private final Severity severity;
    private final String id;
    private final String subject;
    private final String path;
    private final SourceLocation location;
    private final String message;
    private final String hint;

    private Diagnostic(Builder builder) {
        this.severity = Objects.requireNonNull(builder.severity, "severity");
        this.id = requireText(builder.id, "id");
        this.subject = Objects.requireNonNull(builder.subject, "subject");
        this.path = Objects.requireNonNull(builder.path, "path");
        this.location = Objects.requireNonNull(builder.location, "location");
        this.message = requireText(builder.message, "message");
        this.hint = builder.hint;
    }

    /** A payload validation issue: severity ERROR, the code as id, the payload path. */
    public static Diagnostic issue(String code, String path, String message) {
        return builder().severity(Severity.ERROR).id(code).path(path).message(message).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .severity(severity)
                .id(id)
                .subject(subject)
                .path(path)
                .location(location)
                .message(message)
                .hint(hint);
    }

    public Severity severity() {
        return severity;
    }

    /** Stable identifier: a validation code or a rule id. */
    public String id() {
        return id;
    }

    /** Alias of {@link #id()} in the vocabulary of payload validation. */
    public String code() {
        return id;
    }

    /** The spec this is about ({@code key@version}), or empty for a bare payload issue. */
    public String subject() {
        return subject;
    }

    /** Path inside the payload or the spec, e.g. {@code steps[0].key}; empty for the root. */
    public String path() {
        return path;
    }

    public SourceLocation location() {
        return location;
    }

    public String message() {
        return message;
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic other
                && severity == other.severity
                && id.equals(other.id)
                && subject.equals(other.subject)
                && path.equals(other.path)
                && location.equals(other.location)
                && message.equals(other.message)
                && Objects.equals(hint, other.hint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, id, subject, path, location, message, hint);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(severity).append(' ').append(id);
        if (!subject.isEmpty()) {
            out.append(' ').append(subject);
        }
        if (!path.isEmpty()) {
            out.append(" at ").append(path);
        }
        return out.append(": ").append(message).toString();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Diagnostic " + name + " must not be blank");
        }
        return value;
    }

    public static final class Builder {
        private Severity severity = Severity.ERROR;
        private String id;
        private String subject = "";
        private String path = "";
        private SourceLocation location = SourceLocation.NONE;
        private String message;
        private String hint;

        private Builder() {}

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public Builder location(SourceLocation location) {
            this.location = location;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder hint(String hint) {
            this.hint = hint;
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(this);
        }
    }
}
