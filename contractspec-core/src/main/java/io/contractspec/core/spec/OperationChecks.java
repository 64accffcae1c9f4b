package io.contractspec.core.spec;

import io.contractspec.core.result.StandardCode;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The structural checks {@link OperationSpec} runs when built: mistakes that make the spec
 * meaningless (as opposed to lint findings, which are about quality and convention).
 */
final class OperationChecks {

    private final OperationSpec spec;
    private final String subject;

    private OperationChecks(OperationSpec spec, String subject) {
        this.spec = spec;
        this.subject = subject;
    }

    static void check(OperationSpec spec, String subject) {
        new OperationChecks(spec, subject).run();
    }

    private void run() {
        if (spec.output() == null) {
            fail("output: an operation must declare an output model");
        }
        if (spec.successStatus() < 200 || spec.successStatus() > 299) {
            fail("successStatus: " + spec.successStatus() + " is not a 2xx status");
        }
        spec.transport().restResponse(spec.successStatus()).ifPresent(response -> fail("transport: REST response "
                + response.status() + " is the success status; declare only the other responses"));
        unique(spec.errors(), ErrorSpec::code, "errors", "error code");
        spec.errors().forEach(this::checkStandardStatus);
        unique(spec.emits(), EmittedEvent::event, "emits", "event");
        unique(spec.audit(), Function.identity(), "audit", "action");
        unique(spec.scenarios(), Scenario::key, "scenarios", "scenario key");
        unique(spec.examples(), Example::key, "examples", "example key");
        checkParameters();
        spec.pagination().ifPresent(pagination -> PaginationChecks.check(spec, pagination, this::fail));
        spec.policy().pii().forEach(this::checkPiiPath);
    }

    /** Checked as each action is added: a null one could not even be copied into the spec. */
    static String auditAction(String action) {
        if (!SpecKeys.isValid(action)) {
            throw new IllegalArgumentException(
                    "audit: action '" + action + "' must be a dotted key like workflow.instance.resumed");
        }
        return action;
    }

    private void checkStandardStatus(ErrorSpec error) {
        StandardCode.byCode(error.code())
                .filter(standard -> standard.status() != error.status())
                .ifPresent(standard -> fail("errors: " + error.code() + " is a standard code with status "
                        + standard.status() + ", declared with " + error.status()));
    }

    private void checkParameters() {
        Set<String> seen = new HashSet<>();
        for (ParameterBinding binding : spec.parameters()) {
            require(binding.in() != ParameterBinding.Location.PATH, "parameters: path parameter '" + binding.name()
                    + "' cannot be bound explicitly; path parameters are the REST route's {placeholders}");
            // A query parameter may repeat (?tag=a&tag=b), so it may bind an array; a header binds one value.
            requireInputField(binding.field(), "parameter '" + binding.name() + "'",
                    binding.in() == ParameterBinding.Location.QUERY);
            // HTTP header names are case-insensitive; query parameter names are not.
            String name = binding.in() == ParameterBinding.Location.HEADER
                    ? binding.name().toLowerCase(Locale.ROOT)
                    : binding.name();
            require(seen.add(binding.in() + ":" + name),
                    "parameters: " + binding.in().wireName() + " parameter '" + binding.name() + "' is bound twice");
        }
        spec.transport().rest().ifPresent(route -> {
            List<String> names = route.pathParameters();
            require(new HashSet<>(names).size() == names.size(), "transport.rest: a path placeholder appears twice");
            names.forEach(name -> requireInputField(name, "transport.rest path placeholder {" + name + "}", false));
            // The matched value is fixed by the route; a field bound to the same parameter could only repeat it.
            route.match().ifPresent(match -> require(!seen.contains(match.in() + ":" + (match.in()
                    == ParameterBinding.Location.HEADER ? match.name().toLowerCase(Locale.ROOT) : match.name())),
                    "transport.rest: the route matches the " + match.in().wireName() + " parameter '" + match.name()
                            + "', which a parameter binding also binds to an input field"));
        });
    }

    private void requireInputField(String field, String what, boolean arrayAllowed) {
        Optional<Field> declared = spec.input().flatMap(model -> model.field(field));
        if (declared.isEmpty()) {
            fail(what + " names '" + field + "', which is not a field of the input model"
                    + spec.input().map(model -> " " + model.name()).orElse(" (the operation has no input)"));
        }
        Field bound = declared.get();
        require((arrayAllowed || !bound.isArray()) && !bound.isMap()
                        && (bound.type() instanceof Scalar || bound.type() instanceof EnumType),
                what + " binds '" + field + "', which is not " + (arrayAllowed ? "a scalar or enum value or an array of"
                        + " them" : "a single scalar or enum value"));
    }

    private void checkPiiPath(String path) {
        Model model = spec.input().orElse(null);
        String[] segments = path.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            String name = segments[i];
            Optional<Field> field = model == null ? Optional.empty() : model.field(name);
            if (field.isEmpty()) {
                fail("policy.pii: path '" + path + "' does not resolve in the input model ('" + name + "' is unknown)");
            }
            model = field.get().type() instanceof Model nested ? nested : null;
        }
    }

    private <T, K> void unique(List<T> items, Function<T, K> keyOf, String field, String what) {
        Set<K> seen = new HashSet<>();
        for (T item : items) {
            K key = keyOf.apply(item);
            require(seen.add(key), field + ": " + what + " '" + key + "' is declared twice");
        }
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            fail(message);
        }
    }

    void fail(String message) {
        throw new IllegalArgumentException(subject + ": " + Objects.requireNonNull(message));
    }
}
