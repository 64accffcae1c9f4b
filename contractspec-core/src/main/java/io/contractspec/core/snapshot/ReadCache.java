package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.Policy;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What one read of a document built from a {@link SharedTree} has read so far, by node: a subtree
 * used in many places (a model, a field type) is read once, and every place gets the same
 * immutable value. Reading a subtree depends on nothing but the subtree, so the value is what
 * reading it again would give. Only what was read successfully is kept: a subtree that fails,
 * fails where it is first read, which ends the read of the document.
 */
final class ReadCache {

    /** Models read where a model stands on its own (operation input and output, event payload). */
    final Map<JsonNode, Model> models = new IdentityHashMap<>();

    /** Fields of models. */
    final Map<JsonNode, Field> fields = new IdentityHashMap<>();

    /** Field types ({@code kind} scalar, enum or model). */
    final Map<JsonNode, SchemaType> types = new IdentityHashMap<>();

    /** Operation policies. */
    final Map<JsonNode, Policy> policies = new IdentityHashMap<>();

    /** Acceptance examples. */
    final Map<JsonNode, Example> examples = new IdentityHashMap<>();
}
