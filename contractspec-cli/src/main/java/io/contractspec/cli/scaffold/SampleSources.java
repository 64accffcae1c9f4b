package io.contractspec.cli.scaffold;

/**
 * The Java sources of the sample {@code init} writes: one query contract ({@value #KEY}), the
 * {@code ContractModule} listing it, a {@code HandlerModule} with a typed handler on records, and a
 * JUnit test running the contract's acceptance examples through that handler. The class names follow
 * {@code create}'s scheme: {@code SampleItemGetOperation} for {@code sample.item.get}.
 */
final class SampleSources {

    static final String KEY = "sample.item.get";
    static final String OPERATION_CLASS = JavaNames.className(KEY) + "Operation";
    static final String CONTRACTS_CLASS = "SampleContracts";
    static final String HANDLERS_CLASS = "SampleHandlers";
    static final String TEST_CLASS = "SampleAcceptanceTest";

    private SampleSources() {}

    static String operation(String packageName, String owner) {
        return "package " + packageName + ";\n\n" + """
                import static io.contractspec.core.Contracts.auth;
                import static io.contractspec.core.Contracts.given;
                import static io.contractspec.core.Contracts.json;
                import static io.contractspec.core.Contracts.then;
                import static io.contractspec.core.Contracts.when;
                import static io.contractspec.core.result.StandardCode.NOT_FOUND;
                import static io.contractspec.core.spec.AuthLevel.USER;
                import static io.contractspec.core.spec.Stability.BETA;
                import static io.contractspec.schema.Scalar.ID;
                import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

                import io.contractspec.core.SpecDefaults;
                import io.contractspec.core.spec.ErrorSpec;
                import io.contractspec.core.spec.OperationSpec;
                import io.contractspec.schema.Model;

                /**
                 * The sample.item.get query: served as GET /sample/item/get/v1.0.0?id=item-1. It is beta, so
                 * 'contractspec ci' reports a breaking change against the committed snapshot as an error
                 * (experimental specs may still change freely).
                 */
                public final class %1$s {

                    /** What every spec of this project shares, stated once; each spec starts from it. */
                    public static final SpecDefaults SAMPLE = SpecDefaults.version("1.0.0")
                            .stability(BETA)
                            .owners("%3$s")
                            .policy(auth(USER));

                    /** Declared once: the contract lists it, the handler raises it. */
                    public static final ErrorSpec ITEM_NOT_FOUND = ErrorSpec.of(NOT_FOUND, "no item with this id");

                    public static final Model INPUT = Model.builder("SampleItemGetInput")
                            .required("id", ID, "The item to read.")
                            .build();

                    public static final Model ITEM = Model.builder("SampleItem")
                            .required("id", ID, "The item's id.")
                            .required("name", NON_EMPTY_STRING, "What the item is called.")
                            .build();

                    public static final OperationSpec GET = SAMPLE.query("%2$s")
                            .tags("sample")
                            .description("Read one item by its id.")
                            .goal("Show a caller what an item holds.")
                            .context("The first operation of a new project; replace it with your own.")
                            .input(INPUT)
                            .output(ITEM)
                            .error(ITEM_NOT_FOUND)
                            .scenario("get-item-happy-path", given("Item item-1 exists"), when("A user reads item-1"),
                                    then("The user sees its name"))
                            .example("get-item", json("{id: 'item-1'}"), json("{id: 'item-1', name: 'First item'}"))
                            .exampleError("get-missing-item", json("{id: 'item-404'}"), "NOT_FOUND")
                            .build();

                    private %1$s() {}
                }
                """.formatted(OPERATION_CLASS, KEY, owner);
    }

    static String contracts(String packageName) {
        return "package " + packageName + ";\n\n" + """
                import io.contractspec.core.registry.ContractModule;
                import io.contractspec.core.spec.Spec;
                import java.util.List;

                /** The contracts of this module; listed in META-INF/services so that tools find them. */
                public final class %1$s implements ContractModule {

                    @Override
                    public String name() {
                        return "sample";
                    }

                    @Override
                    public List<Spec> specs() {
                        return List.of(%2$s.GET);
                    }
                }
                """.formatted(CONTRACTS_CLASS, OPERATION_CLASS);
    }

    static String handlers(String packageName) {
        return "package " + packageName + ";\n\n" + """
                import io.contractspec.runtime.HandlerBindings;
                import io.contractspec.runtime.HandlerModule;
                import java.util.Map;
                import java.util.Optional;

                /**
                 * The handlers of this module; listed in META-INF/services so that 'contractspec serve' and
                 * 'contractspec ci' run them. Each handler works on records bound to the contract's models:
                 * the runtime has authenticated, authorized and validated the input before the call, and
                 * validates the output after it.
                 */
                public final class %1$s implements HandlerModule {

                    /** The input of sample.item.get, bound to its input model. */
                    public record ItemQuery(String id) {}

                    /** An item, bound to the SampleItem model. */
                    public record Item(String id, String name) {}

                    private final Map<String, Item> items = Map.of("item-1", new Item("item-1", "First item"));

                    @Override
                    public void bind(HandlerBindings.Builder handlers) {
                        handlers.bind(%2$s.GET, ItemQuery.class, Item.class, (input, context) -> find(input.id())
                                .orElseThrow(() -> %2$s.ITEM_NOT_FOUND.exception("No item " + input.id() + ".")));
                    }

                    private Optional<Item> find(String id) {
                        return Optional.ofNullable(items.get(id));
                    }
                }
                """.formatted(HANDLERS_CLASS, OPERATION_CLASS);
    }

    static String test(String packageName) {
        return "package " + packageName + ";\n\n" + """
                import io.contractspec.core.registry.ContractRegistry;
                import io.contractspec.runtime.HandlerModule;
                import io.contractspec.runtime.OperationExecutor;
                import io.contractspec.runtime.Principal;
                import io.contractspec.testing.AcceptanceRunner;
                import io.contractspec.testing.MissingFixture;
                import java.util.stream.Stream;
                import org.junit.jupiter.api.DynamicNode;
                import org.junit.jupiter.api.TestFactory;

                /** Every acceptance example of the contracts, run through the real handlers: one test per example. */
                class %1$s {

                    @TestFactory
                    Stream<DynamicNode> examples() {
                        ContractRegistry registry = ContractRegistry.builder().module(new %2$s()).build();
                        return AcceptanceRunner.forRegistry(registry)
                                .executor(() -> OperationExecutor.builder(registry)
                                        .handlers(HandlerModule.discover(registry, getClass().getClassLoader()))
                                        .build())
                                .defaultPrincipal(Principal.of("u-test", "org-test"))
                                // the sample handler holds its data; register Fixtures for examples that need some
                                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE)
                                .dynamicTests();
                    }
                }
                """.formatted(TEST_CLASS, CONTRACTS_CLASS);
    }
}
