package io.contractspec.openapi.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * An operation's parameters, resolved: the path item's, then the operation's own, which
     * replaces a path item's parameter of the same place ({@code in} and name) as OpenAPI says.
     * A reference that does not resolve to a named, placed parameter goes to {@code dangling}.
     */
    List<Parameter> parameters(PathItem item, Operation operation, Runnable dangling) {
        Map<String, Parameter> byPlace = new LinkedHashMap<>();
        List<Parameter> declared = new ArrayList<>();
        Optional.ofNullable(item.getParameters()).ifPresent(declared::addAll);
        Optional.ofNullable(operation.getParameters()).ifPresent(declared::addAll);
        for (Parameter parameter : declared) {
            Parameter resolved = parameter(parameter);
            if (resolved == null || resolved.getName() == null || resolved.getIn() == null) {
                dangling.run();
                continue;
            }
            byPlace.put(resolved.getIn() + ":" + resolved.getName(), resolved);
        }
        return List.copyOf(byPlace.values());
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
