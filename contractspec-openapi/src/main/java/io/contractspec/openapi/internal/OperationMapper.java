package io.contractspec.openapi.internal;

import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.SpecKeys;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every method of every path to an operation with its REST route: parameters and the JSON body
 * form the input, the first 2xx response the output and success status, 4xx/5xx responses the
 * declared errors, security the auth level, operationId (else method and path) the key, grouped
 * under the first tag. {@code x-contractspec} restores the key and version we exported.
 */
public final class OperationMapper {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}");
    /** Headers HTTP or our REST surface handle themselves; a contract field for them would be wrong. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("accept", "content-type", "authorization",
            "idempotency-key", "content-length", "user-agent");

    private final OpenAPI api;
    private final SchemaMapper schemas;
    private final ImportProblems problems;
    private final Refs refs;
    private final Bodies bodies;
    private final ExampleMapper examples;
    private final OwnExport ownExport;
    /** The header or query value each operation that shares its route with others matches, by pointer. */
    private final Map<String, RestRoute.Match> matches;
    private final Set<String> keys = new HashSet<>();
    /** Routes taken, placeholders unnamed: our router, like OpenAPI, cannot tell {a} from {b} in one place. */
    private final Map<String, String> routes = new HashMap<>();

    public OperationMapper(OpenAPI api, SchemaMapper schemas, ImportProblems problems) {
        this.api = api;
        this.schemas = schemas;
        this.problems = problems;
        this.refs = new Refs(api);
        this.bodies = new Bodies(schemas.forInput(), problems, refs);
        this.examples = new ExampleMapper(problems, refs);
        this.ownExport = new OwnExport(schemas, problems);
        this.matches = RouteMatches.of(api);
    }

    /** The operations in document order; those that cannot be imported are reported and left out. */
    public List<OperationSpec> operations() {
        List<OperationSpec> operations = new ArrayList<>();
        if (api.getPaths() == null) {
            return operations;
        }
        api.getPaths().forEach((path, item) -> {
            String pointer = ImportProblems.step("/paths", path);
            item.readOperationsMap().forEach((method, operation) -> {
                String at = pointer + "/" + method.name().toLowerCase(Locale.ROOT);
                try {
                    map(path, item, method, operation, at).ifPresent(operations::add);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.error(at, "operation", "the operation cannot be imported: " + e.getMessage());
                }
            });
        });
        return operations;
    }

    private Optional<OperationSpec> map(String path, PathItem item, PathItem.HttpMethod method, Operation operation,
            String pointer) {
        RestRoute.Method restMethod;
        try {
            restMethod = RestRoute.Method.fromWire(method.name());
        } catch (IllegalArgumentException e) {
            problems.error(pointer, "method", method + " operations are not supported by contracts; left out");
            return Optional.empty();
        }
        ContractspecExtension extension = ContractspecExtension.of(operation.getExtensions());
        String key = extension.key().filter(SpecKeys::isValid).orElseGet(() -> key(operation, method, path));
        boolean query = restMethod == RestRoute.Method.GET || restMethod == RestRoute.Method.HEAD
                || extension.kind().filter("query"::equals).isPresent();
        Optional<RestRoute.Match> match = Optional.ofNullable(matches.get(pointer));
        OperationBuilder spec = (query ? OperationSpec.query(key, extension.version().orElse("1.0.0"))
                : OperationSpec.command(key, extension.version().orElse("1.0.0")));
        String typePrefix = Identifiers.typeName(key.replace('.', '-'));
        Map<String, String> placeholders = new LinkedHashMap<>();
        Model.Builder input = Model.builder(schemas.names().reserve(typePrefix + "Input"));
        Set<String> fieldNames = new HashSet<>();
        Map<String, String> parameterFields = new HashMap<>();
        List<Parameter> parameters = parameters(item, operation, pointer);
        for (Parameter parameter : parameters) {
            if (match.filter(condition -> condition.in().wireName().equals(parameter.getIn())
                    && condition.name().equals(parameter.getName())).isPresent()) {
                continue; // the route matches its one value: no field
            }
            addParameter(spec, input, parameter, typePrefix + "Input", placeholders, fieldNames, restMethod, pointer)
                    .ifPresent(field -> parameterFields.put(parameter.getIn() + ":" + parameter.getName(), field));
        }
        undeclaredPlaceholders(path, placeholders, input, fieldNames, pointer);
        Optional<Model> body = bodies.input(operation, typePrefix, pointer);
        Model inputModel = body.filter(model -> fieldNames.isEmpty()).orElseGet(() -> {
            body.ifPresent(model -> model.fields().forEach(field -> addBodyField(input, field, fieldNames, pointer)));
            body.filter(Model::allowsUnknownFields).ifPresent(model -> input.allowUnknownFields());
            return fieldNames.isEmpty() ? null : ModelBuilds.build(input, pointer, problems);
        });
        if (inputModel != null) {
            spec.input(extension.input().map(declared -> ownExport.named(inputModel, declared)).orElse(inputModel));
        }
        String restPath = route(OperationShape.withoutFragment(path, pointer, problems), placeholders, pointer);
        String taken = routes.putIfAbsent(restMethod + " " + OperationShape.normalize(restPath)
                + match.map(condition -> " " + condition).orElse(""), pointer);
        if (taken != null) {
            problems.error(pointer, "route-clash", method + " " + path + " cannot be told apart from the operation at "
                    + taken + (restPath.equals(path) ? " (only the placeholder names differ)" : " (only by its"
                    + " fragment, which HTTP does not send: a route is a method and a path)") + "; left out");
            return Optional.empty();
        }
        if (match.isPresent()) {
            problems.note(pointer, "route-match", method + " " + restPath + " is shared with other operations; this one"
                    + " is served when the " + match.get().in().wireName() + " parameter '" + match.get().name()
                    + "' is '" + match.get().value() + "'");
            spec.rest(restMethod, restPath, match.get());
        } else {
            spec.rest(restMethod, restPath);
        }
        new Responses(schemas, problems, refs).apply(operation, typePrefix, pointer, spec, extension);
        describe(spec, operation, extension, pointer);
        spec.policy(Policy.auth(auth(operation, extension)));
        OperationSpec built = ownExport.restore(spec, extension, pointer);
        if (extension.hasAcceptance()) {
            return Optional.of(built); // our export's own examples, as written, instead of the completed ones
        }
        List<Example> found = examples.examples(operation, parameters, parameterFields, inputModel, built.output(),
                Responses.success(operation, refs), pointer);
        if (found.isEmpty()) {
            return Optional.of(built);
        }
        OperationBuilder withExamples = built.toBuilder();
        found.forEach(withExamples::example);
        return Optional.of(withExamples.build());
    }

    private List<Parameter> parameters(PathItem item, Operation operation, String pointer) {
        return refs.parameters(item, operation,
                () -> problems.warn(pointer + "/parameters", "parameter", "a parameter reference does not resolve; left out"));
    }

    /** Adds the parameter's field and binding; the field's name, unless the parameter is left out. */
    private Optional<String> addParameter(OperationBuilder spec, Model.Builder input, Parameter parameter, String owner,
            Map<String, String> placeholders, Set<String> fieldNames, RestRoute.Method method, String pointer) {
        String in = parameter.getIn();
        String at = ImportProblems.step(pointer + "/parameters", parameter.getName());
        if (in.equals("cookie")) {
            problems.warn(at, "cookie", "cookie parameter '" + parameter.getName() + "' is left out: contracts bind"
                    + " path, query and header parameters");
            return Optional.empty();
        }
        if (in.equals("header") && TRANSPORT_HEADERS.contains(parameter.getName().toLowerCase(Locale.ROOT))) {
            problems.note(at, "transport-header", "header '" + parameter.getName() + "' is handled by the transport,"
                    + " not a contract field");
            return Optional.empty();
        }
        boolean required = in.equals("path") || Boolean.TRUE.equals(parameter.getRequired());
        Field field = schemas.forInput().parameterField(parameter.getName(), parameter.getSchema(), required, owner, at);
        // The parameter's own description says what it does here; its schema's (an enum's, say) says what the type is.
        if (parameter.getDescription() != null && !parameter.getDescription().isBlank()) {
            field = field.toBuilder().description(parameter.getDescription().strip()).build();
        }
        String name = unique(field.name(), fieldNames);
        if (!name.equals(field.name())) {
            field = rename(field, name);
            problems.warn(at, "renamed-field", "parameter '" + parameter.getName() + "' is the field '" + name
                    + "', as another parameter already has the name '" + Identifiers.fieldName(parameter.getName()) + "'");
        }
        boolean single = field.type() instanceof Scalar || field.type() instanceof EnumType;
        if (!in.equals("query") && (field.isArray() || field.isMap() || !single)) {
            problems.warn(at, "parameter-type", "a " + in + " parameter must be one scalar or enum value; this one ("
                    + field.type().name() + ") is typed String");
            field = required ? Field.required(name, Scalar.STRING).build() : Field.optional(name, Scalar.STRING).build();
        }
        input.field(field);
        switch (in) {
            case "path" -> placeholders.put(parameter.getName(), name);
            case "query" -> {
                if (!method.inputFromQuery() || !name.equals(parameter.getName())) {
                    spec.queryParam(parameter.getName(), name);
                }
            }
            default -> spec.header(parameter.getName(), name);
        }
        return Optional.of(name);
    }

    private void addBodyField(Model.Builder input, Field field, Set<String> fieldNames, String pointer) {
        if (!fieldNames.add(field.name())) {
            problems.warn(pointer + "/requestBody", "body-field-clash", "body field '" + field.name()
                    + "' has the name of a parameter; the parameter wins and the body field is left out");
            return;
        }
        input.field(field);
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    private static Field rename(Field field, String name) {
        return field.toBuilder(name, field.type()).build();
    }

    /** A placeholder the document forgot to declare as a path parameter is a required string (reported). */
    private void undeclaredPlaceholders(String path, Map<String, String> placeholders, Model.Builder input,
            Set<String> fieldNames, String pointer) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!placeholders.containsKey(name) && !Identifiers.words(name).isEmpty()) {
                String field = unique(Identifiers.fieldName(name), fieldNames);
                input.field(Field.required(field, Scalar.STRING).build());
                placeholders.put(name, field);
                problems.warn(pointer, "undeclared-path-parameter", "path placeholder {" + name + "} has no path"
                        + " parameter; it is the required string field '" + field + "'");
            }
        }
    }

    private String route(String path, Map<String, String> placeholders, String pointer) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder route = new StringBuilder();
        while (matcher.find()) {
            String field = placeholders.get(matcher.group(1));
            if (field == null) {
                throw new IllegalArgumentException("path placeholder {" + matcher.group(1) + "} has no path parameter");
            }
            matcher.appendReplacement(route, Matcher.quoteReplacement("{" + field + "}"));
        }
        matcher.appendTail(route);
        String restPath = route.length() > 1 && route.charAt(route.length() - 1) == '/'
                ? route.substring(0, route.length() - 1) : route.toString();
        new RestRoute(RestRoute.Method.GET, restPath);
        return restPath;
    }

    private String key(Operation operation, PathItem.HttpMethod method, String path) {
        List<String> segments = new ArrayList<>();
        String tag = operation.getTags() == null || operation.getTags().isEmpty() ? null : operation.getTags().get(0);
        if (operation.getOperationId() != null && !Identifiers.words(operation.getOperationId()).isEmpty()) {
            for (String part : operation.getOperationId().split("[/.]")) {
                if (!Identifiers.words(part).isEmpty()) {
                    segments.add(Identifiers.keySegment(part));
                }
            }
        } else {
            segments.add(Identifiers.keySegment(method.name() + " " + path.replaceAll("[{}]", " ")));
        }
        if (segments.size() == 1) {
            segments.add(0, tag == null ? "api" : Identifiers.keySegment(tag));
        }
        String key = String.join(".", segments);
        String unique = key;
        for (int n = 2; !keys.add(unique); n++) {
            unique = key + "-" + n;
        }
        return unique;
    }

    private void describe(OperationBuilder spec, Operation operation, ContractspecExtension extension, String pointer) {
        String summary = operation.getSummary() == null ? "" : operation.getSummary().strip();
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
        if (extension.description().isPresent()) { // our own export: the parts it joined into one description
            spec.description(extension.description().get()).goal(extension.goal()).context(extension.context());
            extension.title().ifPresent(spec::title);
        } else {
            spec.description(description.isEmpty() ? summary : description);
            if (!summary.isEmpty() && !description.isEmpty()) {
                spec.title(summary);
            }
        }
        if (extension.tags().isPresent()) {
            spec.tags(extension.tags().get().toArray(String[]::new));
        } else if (operation.getTags() != null) {
            spec.tags(operation.getTags().stream().map(Identifiers::keySegment).distinct().toArray(String[]::new));
        }
        extension.owners().ifPresent(owners -> spec.owners(owners.toArray(String[]::new)));
        if (Boolean.TRUE.equals(operation.getDeprecated())) {
            spec.stability(Stability.DEPRECATED);
            if (extension.owners().isEmpty()) {
                // A deprecated spec must name who answers for it; the API's title is the best guess the document offers.
                String owner = "@" + Identifiers.keySegment(api.getInfo() == null || api.getInfo().getTitle() == null
                        ? "api" : api.getInfo().getTitle());
                spec.owners(owner);
                problems.note(pointer, "default-owner", "deprecated operations need an owner; " + owner
                        + " is assumed, change it in the sources");
            }
        } else {
            extension.stability().ifPresent(spec::stability);
        }
    }

    private AuthLevel auth(Operation operation, ContractspecExtension extension) {
        Optional<AuthLevel> declared = extension.auth();
        if (declared.isPresent()) {
            return declared.get();
        }
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        boolean anonymousAllowed = security == null || security.isEmpty()
                || security.stream().anyMatch(Map::isEmpty);
        return anonymousAllowed ? AuthLevel.ANONYMOUS : AuthLevel.USER;
    }
}
