package io.contractspec.codegen.typescript;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.schema.Field;
import io.contractspec.schema.Scalar;
import java.util.List;
import java.util.Optional;

/**
 * The calls of paginated operations: the call itself, with {@code pages} and {@code all} on it,
 * async iterators over every page and every item that follow the operation's cursor
 * ({@code for await (const instance of api.workflow.instance.list.all({ status: "running" }))}).
 * They hang on the call rather than beside it, so they can never clash with another operation's
 * client path.
 */
final class PaginatedCalls {

    private final SurfaceNames names;

    PaginatedCalls(SurfaceNames names) {
        this.names = names;
    }

    static boolean any(List<OperationSpec> operations) {
        return operations.stream().anyMatch(operation -> operation.pagination().isPresent());
    }

    /** The model or enum the items are, for the imports; empty for scalar items. */
    static Optional<String> itemTypeName(OperationSpec operation) {
        return operation.pagination().map(pagination -> items(operation, pagination))
                .filter(field -> !(field.type() instanceof Scalar)).map(field -> field.type().name());
    }

    /** {@code PAGINATION}: the trait of every paginated operation, by operationId. */
    void table(TsWriter out, List<OperationSpec> operations) {
        out.doc("Where each paginated operation carries its cursors and items.");
        out.open("const PAGINATION = {");
        for (OperationSpec operation : operations) {
            operation.pagination().ifPresent(pagination -> out.line(names.operationId(operation) + ": { inputToken: "
                    + TsWriter.string(pagination.inputToken()) + ", outputToken: " + TsWriter.string(pagination.outputToken())
                    + ", items: " + TsWriter.string(pagination.items()) + " },"));
        }
        out.close("} satisfies Record<string, Pagination>;");
        out.blank();
    }

    /** A sentence for the call's own JSDoc that points at the iterators. */
    String hint(OperationSpec operation) {
        return "`.all(input)` iterates every item of every page, `.pages(input)` every page, e.g.\n" + loop(operation) + ".";
    }

    /**
     * The call as {@code Object.assign(call, { pages, all })}.
     *
     * @param input the input parameter as the call writes it, e.g. {@code input: ListInput = {}}
     * @param errorType the type of the operation's error codes
     */
    void call(TsWriter out, String segment, OperationSpec operation, String input, String errorType) {
        Pagination pagination = operation.pagination().orElseThrow();
        String output = operation.output().name();
        String item = ModelTypes.element(items(operation, pagination));
        String route = "ROUTES." + names.operationId(operation);
        String arguments = "(transport, " + route + ", PAGINATION." + names.operationId(operation) + ", input, call)";
        String walk = "Each call sends the previous page's `" + pagination.outputToken() + "` as `" + pagination.inputToken()
                + "` with the same other input\n(filters, `" + pagination.pageSize() + "` as the page size) until a page has no `"
                + pagination.outputToken() + "`; the first call\nsends `input." + pagination.inputToken() + "` when given. "
                + "The next page is read when the loop asks for it.\n`call` (signal, headers) goes with every page call.";
        List<String> throwsTag = List.of("@throws {ContractError<" + errorType + ">} when a page call fails");

        out.open(TsWriter.property(segment) + ": Object.assign(");
        out.line("(" + input + ", call?: CallOptions): Promise<" + output + "> =>");
        out.line("  transport.call<" + output + ">(" + route + ", input, call),");
        out.open("{");
        out.doc(List.of("Every page of " + operation.key() + ", in order.", walk), throwsTag);
        out.line("pages: (" + input + ", call?: PageOptions): AsyncGenerator<" + output + ", void, undefined> =>");
        out.line("  pagesOf<" + output + ">" + arguments + ",");
        out.doc(List.of("Every item (`" + pagination.items() + "`) of every page of " + operation.key() + ", in order, e.g.\n"
                + loop(operation) + ".", walk),
                throwsTag);
        out.line("all: (" + input + ", call?: PageOptions): AsyncGenerator<" + item + ", void, undefined> =>");
        out.line("  itemsOf<" + output + ", " + item + ">" + arguments + ",");
        out.close("},");
        out.close("),");
    }

    /** {@code for await (const item of api.a.b.all()) { … }}, with {@code input} when the input has required fields. */
    private String loop(OperationSpec operation) {
        boolean inputOptional = operation.input().map(input -> input.fields().stream().noneMatch(Field::isRequired)).orElse(true);
        return "`for await (const item of api." + String.join(".", names.clientPath(operation)) + ".all("
                + (inputOptional ? "" : "input") + ")) { … }`";
    }

    private static Field items(OperationSpec operation, Pagination pagination) {
        return operation.output().field(pagination.items()).orElseThrow(() -> new IllegalArgumentException(
                operation.ref() + ": the paginated trait names items field '" + pagination.items() + "', which the output lacks"));
    }
}
