package io.contractspec.core.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure as a problem document (RFC 9457 shape): type, title, status, code, detail, the
 * validation issues, the trace id and free-form metadata. Every failure of every surface is one.
 */
@PublicApi
public final class Problem {

    /** Base of the {@code type} URIs; the code is appended in kebab case. */
    public static final String TYPE_BASE = "https://contractspec.io/problems/";

    private final String type;
    private final String title;
    private final int status;
    private final String code;
    private final String detail;
    private final List<Diagnostic> issues;
    private final String traceId;
    private final Map<String, JsonNode> metadata;

    private Problem(Builder builder) {
        this.code = Objects.requireNonNull(builder.code, "code");
        this.status = builder.status;
        this.type = builder.type != null ? builder.type : TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        this.title = builder.title != null ? builder.title : code;
        this.detail = builder.detail;
        this.issues = List.copyOf(builder.issues);
        this.traceId = builder.traceId;
        this.metadata = Map.copyOf(builder.metadata);
    }

    /** A problem with a standard code: its status and title are filled in. */
    public static Builder of(StandardCode code) {
        return new Builder(code.code(), code.status()).title(code.title());
    }

    /** A problem with a declared code and status. */
    public static Builder of(String code, int status) {
        return new Builder(code, status);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(code, status).type(type).title(title).traceId(traceId).issues(issues);
        builder.detail = detail;
        builder.metadata.putAll(metadata);
        return builder;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public List<Diagnostic> issues() {
        return issues;
    }

    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    public Map<String, JsonNode> metadata() {
        return metadata;
    }

    /** The wire form: {@code type, title, status, code, detail?, issues?[{path, code, message}], traceId?, metadata?}. */
    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("code", code);
        if (detail != null) {
            node.put("detail", detail);
        }
        if (!issues.isEmpty()) {
            var array = node.putArray("issues");
            issues.forEach(issue -> array.addObject()
                    .put("path", issue.path())
                    .put("code", issue.code())
                    .put("message", issue.message()));
        }
        if (traceId != null) {
            node.put("traceId", traceId);
        }
        if (!metadata.isEmpty()) {
            ObjectNode meta = node.putObject("metadata");
            new java.util.TreeMap<>(metadata).forEach(meta::set);
        }
        return node;
    }

    @Override
    public String toString() {
        return status + " " + code + (detail == null ? "" : ": " + detail);
    }

    public static final class Builder {
        private final String code;
        private final int status;
        private String type;
        private String title;
        private String detail;
        private List<Diagnostic> issues = List.of();
        private String traceId;
        private final Map<String, JsonNode> metadata = new LinkedHashMap<>();

        private Builder(String code, int status) {
            this.code = code;
            this.status = status;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder issues(List<Diagnostic> issues) {
            this.issues = List.copyOf(issues);
            return this;
        }

        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        public Builder metadata(String key, JsonNode value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder metadata(String key, String value) {
            return metadata(key, JsonNodeFactory.instance.textNode(value));
        }

        public Problem build() {
            return new Problem(this);
        }
    }
}
