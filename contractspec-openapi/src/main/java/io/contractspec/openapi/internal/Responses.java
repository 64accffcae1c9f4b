package io.contractspec.openapi.internal;

import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.RestResponse;
import io.contractspec.schema.Model;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The responses of an operation: the lowest 2xx is the success status and its JSON body the
 * output (an empty model when it has none); every other 2xx and 3xx is a documented REST response
 * (with the output, or no body for 204, 205 and 3xx); each 4xx/5xx is a declared error, with the standard
 * code of its status where there is one ({@code 404} → {@code NOT_FOUND}) and {@code HTTP_418}
 * otherwise. Ranges ({@code 4XX}) and {@code default} cannot be declared and are reported.
 */
final class Responses {

    private final SchemaMapper schemas;
    private final ImportProblems problems;
    private final Refs refs;

    Responses(SchemaMapper schemas, ImportProblems problems, Refs refs) {
        this.schemas = schemas;
        this.problems = problems;
        this.refs = refs;
    }

    void apply(Operation operation, String typePrefix, String pointer, OperationBuilder spec,
            ContractspecExtension extension) {
        Map<Integer, ApiResponse> byStatus = new TreeMap<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                String at = ImportProblems.step(pointer + "/responses", status);
                if (status.matches("[1-5][0-9][0-9]")) {
                    byStatus.put(Integer.parseInt(status), refs.response(response));
                } else if (!status.equals("default")) {
                    problems.warn(at, "status-range", "the response range " + status + " cannot be declared; left out");
                }
            });
        }
        Optional<Integer> success = byStatus.keySet().stream().filter(status -> status >= 200 && status < 300).findFirst();
        Model output = success.flatMap(status -> Optional.ofNullable(byStatus.get(status)))
                .flatMap(response -> new Bodies(schemas, problems, refs).model(response.getContent(),
                        typePrefix + "Output", ImportProblems.step(pointer + "/responses", String.valueOf(success.get()))
                                + "/content"))
                .orElseGet(() -> Model.builder(schemas.names().reserve(typePrefix + "Output")).build());
        spec.output(output);
        success.ifPresent(spec::successStatus);
        byStatus.forEach((status, response) -> {
            if (status < 400 && !success.filter(status::equals).isPresent()) {
                other(status, response, success.map(byStatus::get).orElse(null), pointer, spec);
            }
        });
        if (extension.errors().isPresent()) { // our own export lists its declared errors apart from the standard ones
            extension.errors().get().forEach(error -> spec.error(String.valueOf(error.get("code")),
                    error.get("status") instanceof Number status ? status.intValue() : 500,
                    error.get("when") == null ? "" : String.valueOf(error.get("when"))));
            return;
        }
        Set<String> codes = new HashSet<>();
        byStatus.forEach((status, response) -> {
            if (status >= 400) {
                String code = code(status);
                if (codes.add(code)) {
                    String when = response == null || response.getDescription() == null ? "" : response.getDescription().strip();
                    spec.error(code, status, when);
                }
            }
        });
    }

    /** The lowest 2xx response: the success. */
    static ApiResponse success(Operation operation, Refs refs) {
        if (operation.getResponses() == null) {
            return null;
        }
        return operation.getResponses().entrySet().stream().filter(entry -> entry.getKey().matches("2[0-9][0-9]"))
                .min(Map.Entry.comparingByKey()).map(entry -> refs.response(entry.getValue())).orElse(null);
    }

    /** Another 2xx or a 3xx: a response the REST transport documents besides the success. */
    private void other(int status, ApiResponse response, ApiResponse success, String pointer, OperationBuilder spec) {
        String at = ImportProblems.step(pointer + "/responses", String.valueOf(status));
        if (status < 200) {
            problems.warn(at, "informational-status", "the informational response " + status + " is left out");
            return;
        }
        String when = response == null || response.getDescription() == null ? "" : response.getDescription().strip();
        RestResponse declared = new RestResponse(status, when);
        spec.restResponse(declared);
        Optional<Schema<?>> body = response == null ? Optional.empty() : Bodies.jsonSchema(response.getContent());
        Optional<Schema<?>> output = success == null ? Optional.empty() : Bodies.jsonSchema(success.getContent());
        if (declared.carriesOutput() ? body.isPresent() && !body.equals(output) : body.isPresent()) {
            problems.note(at, "response-body", "response " + status + " is documented "
                    + (declared.carriesOutput() ? "with the output's schema" : "without a body")
                    + " (a contract's other responses carry the output, or nothing for 204, 205 and 3xx)");
        }
    }

    private static String code(int status) {
        return Arrays.stream(StandardCode.values()).filter(code -> code.status() == status).findFirst()
                .map(Enum::name).orElse("HTTP_" + status);
    }
}
