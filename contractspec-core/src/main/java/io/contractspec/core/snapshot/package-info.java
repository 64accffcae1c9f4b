/**
 * Public API: The canonical snapshot: one deterministic JSON document of every spec in a registry. Governance
 * diffs two snapshots, drift compares them, and tools read them without the contracts' classpath.
 * {@link io.contractspec.core.snapshot.Snapshot} writes and reads it.
 *
 * <h2>Text form</h2>
 * The text is {@linkplain io.contractspec.core.snapshot.CanonicalJson canonical JSON}: UTF-8,
 * 2-space indentation, {@code \n} line ends and a final newline; the keys of every object sorted by
 * UTF-16 code units (payloads such as example inputs included); arrays in their declared order;
 * numbers as plain decimals (no exponent, no trailing zeros, integers without a fraction). Equal
 * registries give byte-identical text on every platform and Java release, whatever the order in
 * which their specs were registered.
 *
 * <h2>Document</h2>
 * <pre>{@code
 * {"snapshotVersion": 1, "operations": [...], "events": [...], "features": [...], "capabilities": [...]}
 * }</pre>
 * Each list is ordered by key, then semver precedence. Things whose order means something stay
 * arrays in declaration order: model fields, enum values, owners, tags, docIds, parameters,
 * errors, emits, audit, scenarios and their steps, examples, feature and capability references,
 * policy lists.
 *
 * <h2>Entries</h2>
 * Every entry carries the spec meta ({@code key, version, stability, description, owners, tags,
 * docIds, title?, domain?}) and {@code source: {file, line}}. Wire names are lower case
 * ({@code "in_creation"}, {@code "command"}, {@code "user"}), HTTP methods upper case.
 * <ul>
 *   <li>operation: {@code kind} ({@code command|query}), {@code goal}, {@code context},
 *       {@code io: {input: <model>|null, output: <model>, parameters: [{name, in, field}]}},
 *       {@code successStatus}, {@code errors: [{code, status, when}]},
 *       {@code policy: {auth, roles, anyRole, permissions, anyPermission, flags,
 *       rateLimit?: {rpm, scope}, idempotent, pii}},
 *       {@code sideEffects: {emits: [{key, version, when}], audit}},
 *       {@code transport: {rest?: {method, path, match?: {in, name, value}}, graphqlField?, mcpTool?, restResponses?: [{status, when}]}},
 *       {@code acceptance: {scenarios: [{key, given, when, then}],
 *       examples: [{key, input, output} | {key, input, error}]}},
 *       {@code deprecation?: {sunset?: "YYYY-MM-DD", replacedBy?: {key, version}}},
 *       {@code pagination?: {inputToken, outputToken, pageSize, items}};</li>
 *   <li>event: {@code payload: <model>}, {@code pii};</li>
 *   <li>feature: {@code operations, events, provides, requires}, each {@code [{key, version}]};</li>
 *   <li>capability: {@code kind} ({@code api|event|data|ui|integration}), {@code provides},
 *       {@code requires}.</li>
 * </ul>
 *
 * <h2>Models</h2>
 * A model is written in full wherever it is used, never by reference, so every entry stands alone
 * and two different models sharing one name both stay visible:
 * {@code {name, description, allowUnknownFields, fields: [field...]}}. A field is
 * {@code {name, type, optional, nullable, array, description, default?, constraints?}} with
 * {@code constraints: {minimum?, maximum?, minLength?, maxLength?, pattern?, minItems?, maxItems?}}
 * (bounds written exactly). A field type is one of {@code {kind: "scalar", name}},
 * {@code {kind: "enum", name, description, values: [{wire, description}]}} or
 * {@code {kind: "model", ...the model...}}.
 *
 * <h2>Present or absent</h2>
 * The writer always writes lists (empty ones too, except {@code transport.restResponses}, absent
 * when empty so that snapshots from before it existed read and compare unchanged), strings (empty
 * ones too) and booleans, so every entry has one shape. Optional values that are absent are left out ({@code title},
 * {@code domain}, {@code rateLimit}, {@code rest}, {@code graphqlField}, {@code mcpTool},
 * {@code deprecation} and its parts, {@code pagination}, a field's {@code default} and {@code constraints}); the one
 * exception is {@code io.input}, written as {@code null} for an operation without input. A
 * {@code default} or example {@code output} that is JSON {@code null} is written as {@code null}.
 *
 * <h2>Reading</h2>
 * The reader rebuilds every spec through its public builder, so it enforces exactly the rules the
 * Java DSL enforces, and restores source locations. It rejects duplicate keys, unknown keys,
 * wrong JSON types, unknown wire values, trailing content and a missing or unsupported
 * {@code snapshotVersion} with a {@link io.contractspec.core.snapshot.SnapshotException} that names
 * the JSON path. To keep hand-written documents (test cases) short, it accepts the omission of
 * anything that has a builder default: lists (empty), strings (empty), booleans ({@code false}),
 * {@code successStatus} (200), {@code policy} (authenticated user), {@code transport},
 * {@code acceptance}, {@code sideEffects} and {@code source} (unknown). What identifies or types
 * something is always required: keys, versions, stability, kinds, {@code io.output}, an event's
 * payload, names and types of models and fields, error codes and statuses. Snapshots compare by JSON
 * value: numbers read back as decimals equal the originals by value
 * ({@link io.contractspec.schema.JsonValues}). Copies of one model (field, type, policy, example)
 * are read once and become one immutable value, however many entries use it.
 */
package io.contractspec.core.snapshot;
