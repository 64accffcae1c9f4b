package io.contractspec.graphql.internal;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses, validates and measures (depth and complexity, {@link QueryLimits}) each document once
 * and keeps the outcome by query text and operation name, so that a client repeating a query skips
 * all three. Bounded: when full it starts over (clients repeat few distinct queries; an attacker
 * sending endless new ones only costs the parse they would cost anyway). Documents with syntax or
 * validation errors are not kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_ENTRIES = 500;

    private final QueryLimits limits;
    private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    DocumentCache(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getOperationName() + "\u0000" + input.getQuery();
        PreparsedDocumentEntry known = entries.get(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (entry.hasErrors()) {
            return CompletableFuture.completedFuture(entry);
        }
        Optional<GraphQLError> overLimit = limits.check(entry.getDocument(), input.getOperationName(), input.getVariables());
        if (overLimit.isPresent()) {
            entry = new PreparsedDocumentEntry(overLimit.get());
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
        return CompletableFuture.completedFuture(entry);
    }
}
