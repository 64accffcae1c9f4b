package io.contractspec.openapi.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.function.Function;

/** Follows {@code $ref}s to parameters, request bodies, responses and examples in the components. */
final class Refs {

    private final Components components;

    Refs(OpenAPI api) {
        this.components = api.getComponents() == null ? new Components() : api.getComponents();
    }

    Parameter parameter(Parameter parameter) {
        return follow(parameter, Parameter::get$ref, components.getParameters());
    }

    RequestBody body(RequestBody body) {
        return follow(body, RequestBody::get$ref, components.getRequestBodies());
    }

    ApiResponse response(ApiResponse response) {
        return follow(response, ApiResponse::get$ref, components.getResponses());
    }

    io.swagger.v3.oas.models.examples.Example example(io.swagger.v3.oas.models.examples.Example example) {
        return follow(example, io.swagger.v3.oas.models.examples.Example::get$ref, components.getExamples());
    }

    /** The target of a chain of references; null when one dangles or loops. */
    private static <T> T follow(T value, Function<T, String> ref, Map<String, T> targets) {
        T at = value;
        for (int hops = 0; at != null && ref.apply(at) != null; hops++) {
            String name = ref.apply(at);
            name = name.substring(name.lastIndexOf('/') + 1);
            at = hops > 20 || targets == null ? null : targets.get(name);
        }
        return at;
    }
}
