package io.contractspec.core.naming;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Semver;
import io.contractspec.core.spec.SpecRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names of a set of operations on every surface, computed once so that REST, GraphQL, MCP and
 * generated clients agree.
 *
 * <p>The rules, for an operation with key {@code workflow.instance.resume}:
 * <ul>
 *   <li>Surfaces that expose one version per major (GraphQL, MCP, clients) expose the latest
 *       version of each major; {@link #exposed()} lists them. REST serves every version.</li>
 *   <li>{@link #camel camelCase}: {@code workflowInstanceResume} (segments and hyphenated words
 *       joined, each after the first capitalised); {@link #snake snake}: the key with {@code .}
 *       turned into {@code _} ({@code workflow_instance_resume}); hyphens stay.</li>
 *   <li>A version suffix only when several majors of one key are exposed: {@code V2} in camelCase,
 *       {@code _v2} in snake case ({@code workflowInstanceResumeV2}, {@code workflow_instance_resume_v2}).</li>
 *   <li>A version that is not the latest of its major (REST still serves it) gets its whole version:
 *       {@code workflowInstanceResumeV1_0_0}.</li>
 *   <li>An explicit transport override wins: {@code graphqlField} for GraphQL, {@code mcpTool} for MCP.</li>
 * </ul>
 * Two operations with different keys that end up with one name on a surface are a
 * {@linkplain #collisions() collision}; so is an MCP tool name outside {@link #MCP_TOOL_NAME}.
 */
@PublicApi
public final class SurfaceNames {

    /** The strictest tool-name rule common MCP clients enforce. */
    public static final Pattern MCP_TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private final List<OperationSpec> exposed;
    private final Map<SpecRef, Names> names;
    private final List<Collision> collisions;

    private SurfaceNames(List<OperationSpec> exposed, Map<SpecRef, Names> names, List<Collision> collisions) {
        this.exposed = exposed;
        this.names = names;
        this.collisions = collisions;
    }

    /** The names of these operations (typically {@code registry.operations()}). */
    public static SurfaceNames of(Collection<OperationSpec> operations) {
        Map<String, TreeMap<BigInteger, List<OperationSpec>>> byKeyAndMajor = new TreeMap<>();
        for (OperationSpec operation : operations) {
            byKeyAndMajor.computeIfAbsent(operation.key(), key -> new TreeMap<>())
                    .computeIfAbsent(Semver.parse(operation.version()).major(), major -> new ArrayList<>())
                    .add(operation);
        }
        List<OperationSpec> exposed = new ArrayList<>();
        Map<SpecRef, Names> names = new LinkedHashMap<>();
        byKeyAndMajor.forEach((key, majors) -> majors.forEach((major, versions) -> {
            versions.sort(Comparator.comparing(operation -> Semver.parse(operation.version())));
            OperationSpec latest = versions.get(versions.size() - 1);
            String camelSuffix = majors.size() > 1 ? "V" + major : "";
            String snakeSuffix = majors.size() > 1 ? "_v" + major : "";
            exposed.add(latest);
            for (OperationSpec operation : versions) {
                String whole = operation == latest ? "" : "V" + operation.version().replaceAll("[^A-Za-z0-9]", "_");
                names.put(operation.ref(), Names.of(operation, camelSuffix + whole, snakeSuffix, operation == latest));
            }
        }));
        return new SurfaceNames(List.copyOf(exposed), names, findCollisions(exposed, names));
    }

    /** The operations a one-version-per-major surface exposes: the latest of each key and major, by key. */
    public List<OperationSpec> exposed() {
        return exposed;
    }

    /** Whether this operation is the latest version of its major. */
    public boolean isExposed(OperationSpec operation) {
        return names(operation).exposed();
    }

    /** The OpenAPI operationId, e.g. {@code workflowInstanceResume}; unique over every version. */
    public String operationId(OperationSpec operation) {
        return names(operation).operationId();
    }

    /** The GraphQL field: the override, else {@code workflowInstanceResume}. */
    public String graphqlField(OperationSpec operation) {
        return names(operation).graphqlField();
    }

    /** The MCP tool: the override, else {@code workflow_instance_resume}. */
    public String mcpTool(OperationSpec operation) {
        return names(operation).mcpTool();
    }

    /**
     * The path of the call in a generated client, e.g. {@code [workflow, instance, resume]} for
     * {@code api.workflow.instance.resume(…)}; the last segment carries the version suffix.
     */
    public List<String> clientPath(OperationSpec operation) {
        return names(operation).clientPath();
    }

    /** Names two operations share on one surface, and invalid MCP tool names; empty when all is well. */
    public List<Collision> collisions() {
        return collisions;
    }

    /** {@code workflow.instance.resume} → {@code workflowInstanceResume}; {@code my-app.get} → {@code myAppGet}. */
    public static String camel(String key) {
        StringBuilder name = new StringBuilder(key.length());
        boolean upper = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                upper = name.length() > 0;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** {@code workflow.instance.resume} → {@code workflow_instance_resume}. */
    public static String snake(String key) {
        return key.replace('.', '_');
    }

    private Names names(OperationSpec operation) {
        Names found = names.get(operation.ref());
        if (found == null) {
            throw new IllegalArgumentException(operation.ref() + " is not one of the operations these names were computed for");
        }
        return found;
    }

    private static List<Collision> findCollisions(List<OperationSpec> exposed, Map<SpecRef, Names> names) {
        List<Collision> collisions = new ArrayList<>();
        Map<String, OperationSpec> operationIds = new HashMap<>();
        names.values().forEach(name -> add(collisions, operationIds, Surface.OPENAPI, name.operationId(), name.operation()));
        Map<String, OperationSpec> graphql = new HashMap<>();
        Map<String, OperationSpec> mcp = new HashMap<>();
        Map<String, OperationSpec> client = new HashMap<>();
        for (OperationSpec operation : exposed) {
            Names name = names.get(operation.ref());
            add(collisions, graphql, Surface.GRAPHQL, name.graphqlField(), operation);
            add(collisions, mcp, Surface.MCP, name.mcpTool(), operation);
            add(collisions, client, Surface.CLIENT, String.join(".", name.clientPath()), operation);
            if (!MCP_TOOL_NAME.matcher(name.mcpTool()).matches()) {
                collisions.add(new Collision(Surface.MCP, name.mcpTool(), operation.ref(), operation.ref()));
            }
        }
        return Collections.unmodifiableList(collisions);
    }

    private static void add(List<Collision> collisions, Map<String, OperationSpec> seen, Surface surface,
            String name, OperationSpec operation) {
        // Case-insensitively: TypeScript files, some MCP clients and humans fold case.
        OperationSpec first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), operation);
        if (first != null) {
            collisions.add(new Collision(surface, name, first.ref(), operation.ref()));
        }
    }

    /** The surfaces that share the scheme. */
    public enum Surface { OPENAPI, GRAPHQL, MCP, CLIENT }

    /**
     * A name two operations share on one surface. When {@code first} equals {@code second} the name
     * is invalid on that surface (an MCP tool name outside {@link #MCP_TOOL_NAME}).
     */
    public record Collision(Surface surface, String name, SpecRef first, SpecRef second) {

        public boolean isInvalidName() {
            return first.equals(second);
        }

        public String message() {
            if (isInvalidName()) {
                return "MCP tool name '" + name + "' of " + first + " does not match " + MCP_TOOL_NAME.pattern();
            }
            return surface.name().toLowerCase(Locale.ROOT) + " name '" + name + "' is used by both " + first + " and " + second;
        }
    }

    private record Names(OperationSpec operation, String operationId, String graphqlField, String mcpTool,
            List<String> clientPath, boolean exposed) {

        static Names of(OperationSpec operation, String camelSuffix, String snakeSuffix, boolean exposed) {
            String camel = camel(operation.key()) + camelSuffix;
            List<String> path = new ArrayList<>();
            for (String segment : operation.key().split("\\.")) {
                path.add(camel(segment));
            }
            path.set(path.size() - 1, path.get(path.size() - 1) + camelSuffix);
            Optional<String> graphql = operation.transport().graphqlField();
            Optional<String> mcp = operation.transport().mcpTool();
            return new Names(operation, camel, graphql.orElse(camel),
                    mcp.orElse(snake(operation.key()) + snakeSuffix), List.copyOf(path), exposed);
        }
    }
}
