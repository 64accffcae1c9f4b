package io.contractspec.cli.scaffold;

import io.contractspec.annotations.Internal;


/**
 * Java source for new specs, written in the contract DSL. Each scaffold compiles as is and carries
 * TODO markers where a person has to decide (goal, context, fields, examples).
 */
@Internal
public final class SpecScaffolds {

    private SpecScaffolds() {}

    public static String operation(String packageName, String className, String key, String version, String kind,
            String owner) {
        String constant = JavaNames.constant(key);
        String model = JavaNames.className(key);
        return header(packageName) + """
                import static io.contractspec.core.Contracts.%5$s;
                import static io.contractspec.core.Contracts.auth;
                import static io.contractspec.core.Contracts.given;
                import static io.contractspec.core.Contracts.json;
                import static io.contractspec.core.Contracts.then;
                import static io.contractspec.core.Contracts.when;
                import static io.contractspec.core.spec.AuthLevel.USER;
                import static io.contractspec.core.spec.Stability.EXPERIMENTAL;
                import static io.contractspec.schema.Scalar.ID;

                import io.contractspec.core.spec.OperationSpec;
                import io.contractspec.schema.Model;

                /** The %3$s operation. */
                public final class %1$s {

                    public static final Model INPUT = Model.builder("%6$sInput")
                            .required("id", ID, "TODO: what the caller sends.")
                            .build();

                    public static final Model OUTPUT = Model.builder("%6$sOutput")
                            .required("id", ID, "TODO: what the caller gets back.")
                            .build();

                    public static final OperationSpec %2$s = %5$s("%3$s", "%4$s")
                            .stability(EXPERIMENTAL)
                            .owners("%7$s")
                            .description("TODO: one sentence on what it does.")
                            .goal("TODO: why a caller uses it.")
                            .context("TODO: when and by whom it is used.")
                            .input(INPUT)
                            .output(OUTPUT)
                            .policy(auth(USER))
                            .scenario("%8$s-happy-path", given("TODO"), when("TODO"), then("TODO"))
                            .example("%8$s-normal", json("{id: 'id-1'}"), json("{id: 'id-1'}"))
                            .build();

                    private %1$s() {}
                }
                """.formatted(className, constant, key, version, kind, model, owner, exampleKey(key));
    }

    public static String event(String packageName, String className, String key, String version, String owner) {
        return header(packageName) + """
                import static io.contractspec.core.Contracts.event;
                import static io.contractspec.core.spec.Stability.EXPERIMENTAL;
                import static io.contractspec.schema.Scalar.ID;

                import io.contractspec.core.spec.EventSpec;
                import io.contractspec.schema.Model;

                /** The %3$s event. */
                public final class %1$s {

                    public static final Model PAYLOAD = Model.builder("%5$sPayload")
                            .required("id", ID, "TODO: what consumers need to know.")
                            .build();

                    public static final EventSpec %2$s = event("%3$s", "%4$s")
                            .stability(EXPERIMENTAL)
                            .owners("%6$s")
                            .description("TODO: what happened, in the past tense.")
                            .payload(PAYLOAD)
                            .build();

                    private %1$s() {}
                }
                """.formatted(className, JavaNames.constant(key), key, version, JavaNames.className(key), owner);
    }

    public static String feature(String packageName, String className, String key, String version, String owner) {
        return header(packageName) + """
                import static io.contractspec.core.Contracts.feature;
                import static io.contractspec.core.spec.Stability.EXPERIMENTAL;

                import io.contractspec.core.spec.FeatureSpec;

                /** The %3$s feature: the operations and events it groups. */
                public final class %1$s {

                    public static final FeatureSpec %2$s = feature("%3$s", "%4$s")
                            .stability(EXPERIMENTAL)
                            .owners("%5$s")
                            .description("TODO: what the feature offers.")
                            // .operations(...).events(...)
                            .build();

                    private %1$s() {}
                }
                """.formatted(className, JavaNames.constant(key), key, version, owner);
    }

    private static String header(String packageName) {
        return packageName.isEmpty() ? "" : "package " + packageName + ";\n\n";
    }

    private static String exampleKey(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
