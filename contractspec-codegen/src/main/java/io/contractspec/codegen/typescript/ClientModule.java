package io.contractspec.codegen.typescript;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import io.contractspec.rest.RestRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code client.ts}: the route of every exposed operation, a type of its error codes, and
 * {@code createClient}, whose calls are nested like the operation keys
 * ({@code api.workflow.instance.resume(input, { idempotencyKey })}).
 */
final class ClientModule {

    private final SurfaceNames names;
    private final Map<SpecRef, RestRoutes.Route> routes;
    private final PaginatedCalls paginated;

    ClientModule(SurfaceNames names, Map<SpecRef, RestRoutes.Route> routes) {
        this.names = names;
        this.routes = routes;
        this.paginated = new PaginatedCalls(names);
    }

    String write(Set<String> modelNames) {
        TsWriter out = new TsWriter().line(TypeScriptClient.HEADER);
        List<OperationSpec> operations = names.exposed();
        Set<String> used = new TreeSet<>();
        operations.forEach(operation -> {
            operation.input().ifPresent(input -> used.add(input.name()));
            used.add(operation.output().name());
            PaginatedCalls.itemTypeName(operation).ifPresent(used::add);
        });
        used.retainAll(modelNames);
        out.line("import type { " + String.join(", ", used) + " } from \"./models.js\";");
        out.line("import type { StandardCode } from \"./errors.js\";");
        out.line("import { Transport, type CallOptions, type ClientOptions, type Route } from \"./transport.js\";");
        boolean anyPaginated = PaginatedCalls.any(operations);
        if (anyPaginated) {
            out.line("import { itemsOf, pagesOf, type PageOptions, type Pagination } from \"./pagination.js\";");
        }
        out.blank();
        for (OperationSpec operation : operations) {
            errorCodes(out, operation);
        }
        out.doc("How each operation is called over HTTP.");
        out.open("const ROUTES = {");
        operations.forEach(operation -> route(out, operation));
        out.close("} satisfies Record<string, Route>;");
        out.blank();
        if (anyPaginated) {
            paginated.table(out, operations);
        }
        out.doc(List.of("A client of the API: calls nested like the operation keys, e.g.\n"
                + "`await api.workflow.instance.resume({ instanceId, reason })`.\n"
                + "Every call returns the typed output or throws a ContractError."), List.of());
        out.open("export function createClient(options: ClientOptions) {");
        out.line("const transport = new Transport(options);");
        out.open("return {");
        namespace(out, CallTree.of(operations, names));
        out.close("};");
        out.close("}");
        out.blank();
        out.doc("The client's type.");
        out.line("export type Client = ReturnType<typeof createClient>;");
        return out.toString();
    }

    private void errorCodes(TsWriter out, OperationSpec operation) {
        Set<String> declared = new TreeSet<>();
        operation.errors().stream().map(ErrorSpec::code)
                .filter(code -> StandardCode.byCode(code).isEmpty()).forEach(declared::add);
        out.doc("The error codes of " + operation.key() + ": the standard ones and those it declares.");
        String union = declared.stream().map(TsWriter::string).collect(Collectors.joining(" | "));
        out.line("export type " + typeName(operation) + " = StandardCode" + (union.isEmpty() ? "" : " | " + union) + ";");
        out.blank();
    }

    private void route(TsWriter out, OperationSpec operation) {
        RestRoutes.Route route = routes.get(operation.ref());
        String fields = route.fields().stream()
                .map(place -> "[" + TsWriter.string(place.field()) + ", " + TsWriter.string(place.name()) + ", "
                        + TsWriter.string(place.place().name().toLowerCase(Locale.ROOT)) + "]")
                .collect(Collectors.joining(", "));
        out.line(names.operationId(operation) + ": { method: " + TsWriter.string(route.method()) + ", path: "
                + TsWriter.string(route.path()) + ", fields: [" + fields + "]" + route.match().map(match -> ", match: ["
                        + TsWriter.string(match.in().wireName()) + ", " + TsWriter.string(match.name()) + ", "
                        + TsWriter.string(match.value()) + "]").orElse("") + " },");
    }

    private void namespace(TsWriter out, CallTree tree) {
        tree.children().forEach((segment, child) -> {
            if (child.operation().isPresent()) {
                call(out, segment, child.operation().get());
            } else {
                out.open(TsWriter.property(segment) + ": {");
                namespace(out, child);
                out.close("},");
            }
        });
    }

    private void call(TsWriter out, String segment, OperationSpec operation) {
        out.doc(documentation(operation), tags(operation));
        String output = operation.output().name();
        String route = "ROUTES." + names.operationId(operation);
        if (operation.input().isEmpty()) {
            out.line(TsWriter.property(segment) + ": (call?: CallOptions): Promise<" + output + "> =>");
            out.line("  transport.call<" + output + ">(" + route + ", undefined, call),");
            return;
        }
        boolean optional = operation.input().get().fields().stream().noneMatch(field -> field.isRequired());
        String input = "input: " + operation.input().get().name() + (optional ? " = {}" : "");
        if (operation.pagination().isPresent()) {
            paginated.call(out, segment, operation, input, typeName(operation));
            return;
        }
        out.line(TsWriter.property(segment) + ": (" + input + ", call?: CallOptions): Promise<" + output + "> =>");
        out.line("  transport.call<" + output + ">(" + route + ", input, call),");
    }

    private List<String> documentation(OperationSpec operation) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(operation.meta().description());
        if (!operation.goal().isEmpty()) {
            paragraphs.add("Goal: " + operation.goal());
        }
        if (!operation.context().isEmpty()) {
            paragraphs.add("Context: " + operation.context());
        }
        List<String> errors = operation.errors().stream()
                .map(error -> "- `" + error.code() + "` (" + error.status() + ")" + (error.when().isEmpty() ? "" : ": " + error.when()))
                .toList();
        if (!errors.isEmpty()) {
            paragraphs.add("Declared errors:\n" + String.join("\n", errors));
        }
        if (operation.pagination().isPresent()) {
            paragraphs.add(paginated.hint(operation));
        }
        return paragraphs;
    }

    private List<String> tags(OperationSpec operation) {
        List<String> tags = new ArrayList<>();
        tags.add("@operation " + operation.key() + "@" + operation.version() + " (" + operation.kind().wireName() + ")");
        tags.add("@throws {ContractError<" + typeName(operation) + ">} when the call fails");
        if (operation.meta().stability() == Stability.DEPRECATED) {
            StringBuilder deprecated = new StringBuilder("@deprecated");
            operation.deprecation().replacedBy().ifPresent(next -> deprecated.append(" Use ").append(next).append('.'));
            operation.deprecation().sunset().ifPresent(sunset -> deprecated.append(" Sunset on ").append(sunset).append('.'));
            tags.add(deprecated.toString());
        }
        return tags;
    }

    private String typeName(OperationSpec operation) {
        String id = names.operationId(operation);
        return Character.toUpperCase(id.charAt(0)) + id.substring(1) + "ErrorCode";
    }
}
