package io.contractspec.openapi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.openapi.internal.OperationShape;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares an OpenAPI document (hand-written, or served by the API being migrated) with contracts,
 * through the OpenAPI document the contracts export: operations by method and path, their
 * parameters (where they go, whether required) and response statuses. Each difference is one
 * {@link Diagnostic} at the document's JSON pointer, worded from the document's side: what the
 * document has that the contracts lack is an ERROR (callers of the documented API break), what
 * only the contracts have is a NOTE or WARNING.
 *
 * <pre>{@code
 * List<Diagnostic> findings = OpenApiComparison.compare(registry, "https://api.example.com/openapi.json");
 * }</pre>
 */
@PublicApi
public final class OpenApiComparison {

    private OpenApiComparison() {}

    /** Findings; a document that cannot be read is one ERROR finding. */
    public static List<Diagnostic> compare(ContractRegistry contracts, String documentLocation) {
        Objects.requireNonNull(contracts, "contracts");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed;
        try {
            parsed = new OpenAPIParser().readLocation(documentLocation, null, options);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null || parsed.getOpenAPI() == null) {
            return List.of(finding(Severity.ERROR, "unreadable", "", "the document " + documentLocation
                    + " cannot be read as OpenAPI 3.x or Swagger 2.0"));
        }
        return compare(contracts, parsed.getOpenAPI());
    }

    public static List<Diagnostic> compare(ContractRegistry contracts, OpenAPI document) {
        String exported = OpenApiExporter.export(contracts, OpenApiOptions.defaults()).toString();
        OpenAPI ours = new OpenAPIParser().readContents(exported, null, new ParseOptions()).getOpenAPI();
        Map<String, OperationShape> theirs = OperationShape.of(document);
        Map<String, OperationShape> mine = OperationShape.of(ours);
        List<Diagnostic> findings = new ArrayList<>();
        theirs.forEach((route, expected) -> {
            OperationShape actual = mine.get(route);
            if (expected.shared()) {
                findings.add(finding(Severity.ERROR, "missing-operation", expected.pointer(), expected.route() + " at "
                        + expected.pointer() + " shares its HTTP route with an earlier operation of the document"
                        + " (they differ by a '#' fragment or placeholder names only); a contract route serves one"));
            } else if (actual == null) {
                findings.add(finding(Severity.ERROR, "missing-operation", expected.pointer(),
                        route + " is in the document but no contract serves it"));
            } else {
                compareOperation(expected, actual, findings);
            }
        });
        mine.forEach((route, actual) -> {
            if (!actual.shared() && !theirs.containsKey(route)) {
                findings.add(finding(Severity.WARNING, "extra-operation", "", route
                        + " is served by the contracts but not in the document"));
            }
        });
        return findings;
    }

    private static void compareOperation(OperationShape expected, OperationShape actual, List<Diagnostic> findings) {
        String route = expected.route();
        expected.parameters().forEach((parameter, required) -> {
            Boolean ours = actual.parameters().get(parameter);
            if (ours == null) {
                findings.add(finding(Severity.ERROR, "missing-parameter", expected.pointer() + "/parameters",
                        route + ": the " + parameter.replace(":", " parameter ") + " is not a contract parameter"));
            } else if (ours && !required) {
                findings.add(finding(Severity.ERROR, "parameter-required", expected.pointer() + "/parameters",
                        route + ": the contract requires the " + parameter.replace(":", " parameter ")
                                + ", which the document makes optional"));
            } else if (!ours && required) {
                findings.add(finding(Severity.WARNING, "parameter-optional", expected.pointer() + "/parameters",
                        route + ": the document requires the " + parameter.replace(":", " parameter ")
                                + ", which the contract makes optional"));
            }
        });
        actual.parameters().forEach((parameter, required) -> {
            if (!expected.parameters().containsKey(parameter)) {
                findings.add(finding(required ? Severity.ERROR : Severity.NOTE, "extra-parameter",
                        expected.pointer() + "/parameters", route + ": the contract has the "
                                + parameter.replace(":", " parameter ") + ", which the document does not list"
                                + (required ? " (and requires it)" : "")));
            }
        });
        for (Integer status : expected.statuses()) {
            if (!actual.statuses().contains(status)) {
                findings.add(finding(Severity.ERROR, "missing-status", expected.pointer() + "/responses/" + status,
                        route + ": the document's response " + status + " is not one the contract declares"));
            }
        }
    }

    private static Diagnostic finding(Severity severity, String what, String pointer, String message) {
        return Diagnostic.builder().severity(severity).id("openapi.diff." + what).subject(pointer).path(pointer)
                .message(message).build();
    }
}
