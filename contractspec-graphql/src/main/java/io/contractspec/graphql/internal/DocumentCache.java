package io.contractspec.graphql.internal;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps parsed and validated documents by query text, so that a client repeating a query skips
 * parsing and validation. Bounded: when full it starts over (clients repeat few distinct queries;
 * an attacker sending endless new ones only costs the parse they would cost anyway). Documents
 * with errors are not kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_ENTRIES = 500;

    private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry known = entries.get(input.getQuery());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
