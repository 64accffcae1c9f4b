package io.contractspec.openapi.internal;

import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operations that share one method and path (after the '#' fragment, which HTTP never sends, is
 * dropped) and are told apart by a required header or query parameter with one constant value:
 * AWS's {@code POST /#X-Amz-Target=Textract.AnalyzeDocument} with the header {@code X-Amz-Target}
 * of {@code enum: [Textract.AnalyzeDocument]}, its {@code GET /#Action=AssumeRole} with the query
 * parameter {@code Action}. Each such operation's route matches that value ({@link RestRoute.Match}).
 *
 * <p>Of the constant parameters of a group, the one with the most distinct values tells them apart
 * (AWS's {@code Version} is constant too, but the same everywhere). An operation without it, or
 * with a value another already took, gets no match: the first of those takes the plain route.
 * The import and the comparison both read a document this way, so an export of imported
 * contracts is compared route for route.
 */
public final class RouteMatches {

    private RouteMatches() {}

    /** The match of each operation that needs one, by the operation's JSON pointer. */
    public static Map<String, RestRoute.Match> of(OpenAPI api) {
        Map<String, RestRoute.Match> matches = new HashMap<>();
        if (api.getPaths() == null) {
            return matches;
        }
        Refs refs = new Refs(api);
        Map<String, Map<String, Map<String, String>>> groups = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String pointer = ImportProblems.step("/paths", path) + "/" + method.name().toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(method.name() + " " + OperationShape.normalize(path), route -> new LinkedHashMap<>())
                    .put(pointer, constants(item, operation, refs));
        }));
        groups.values().stream().filter(group -> group.size() > 1).forEach(group -> choose(group, matches));
        return matches;
    }

    private static void choose(Map<String, Map<String, String>> group, Map<String, RestRoute.Match> matches) {
        Map<String, Set<String>> distinct = new LinkedHashMap<>();
        group.values().forEach(constants -> constants.forEach((parameter, value) ->
                distinct.computeIfAbsent(parameter, name -> new HashSet<>()).add(value)));
        String best = null;
        for (Map.Entry<String, Set<String>> candidate : distinct.entrySet()) {
            if (candidate.getValue().size() > 1 && (best == null || candidate.getValue().size() > distinct.get(best).size())) {
                best = candidate.getKey();
            }
        }
        if (best == null) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, Map<String, String>> operation : group.entrySet()) {
            String value = operation.getValue().get(best);
            if (value != null && taken.add(value)) {
                String[] place = best.split(":", 2);
                matches.put(operation.getKey(), new RestRoute.Match(ParameterBinding.Location.fromWire(place[0]),
                        place[1], value));
            }
        }
    }

    /** "header:X-Amz-Target" → its one value, for every required header or query parameter with one constant value. */
    private static Map<String, String> constants(PathItem item, Operation operation, Refs refs) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Parameter parameter : refs.parameters(item, operation, () -> {})) {
            if (!Boolean.TRUE.equals(parameter.getRequired())
                    || !"header".equals(parameter.getIn()) && !"query".equals(parameter.getIn())) {
                continue;
            }
            constant(parameter.getSchema()).filter(value -> valid(parameter, value))
                    .ifPresent(value -> constants.put(parameter.getIn() + ":" + parameter.getName(), value));
        }
        return constants;
    }

    private static Optional<String> constant(Schema<?> schema) {
        if (schema == null) {
            return Optional.empty();
        }
        if (schema.getConst() instanceof String value) {
            return Optional.of(value);
        }
        List<?> values = schema.getEnum();
        return values != null && values.size() == 1 && values.get(0) instanceof String value
                ? Optional.of(value) : Optional.empty();
    }

    private static boolean valid(Parameter parameter, String value) {
        try {
            new RestRoute.Match(ParameterBinding.Location.fromWire(parameter.getIn()), parameter.getName(), value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
