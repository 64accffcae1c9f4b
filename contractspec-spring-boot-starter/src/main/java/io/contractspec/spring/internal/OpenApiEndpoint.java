package io.contractspec.spring.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Serves the OpenAPI document, serialized once at startup. */
public final class OpenApiEndpoint {

    private final String path;
    private final ObjectNode document;
    private final byte[] bytes;

    public OpenApiEndpoint(String path, ObjectNode document, ResponseWriter responses) {
        this.path = path;
        this.document = document;
        this.bytes = responses.json().write(document);
    }

    String path() {
        return path;
    }

    /** A copy of the served document. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    public void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseWriter.traceId(request, response);
        response.setContentType(ResponseWriter.JSON);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
