package io.contractspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.codegen.typescript.TypeScriptClient;
import io.contractspec.codegen.typescript.TypeScriptOptions;
import io.contractspec.testing.tools.NodeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptClientTest {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

    /** Code a user writes against the client; it compiles only while the iterators are typed with the items. */
    private static final String USAGE = """
            import { createClient, type Item, type ItemList, type PageOptions } from "./index.js";

            export async function activeNames(baseUrl: string): Promise<string[]> {
              const api = createClient({ baseUrl });
              const names: string[] = [];
              for await (const item of api.shop.item.list.all({ status: "active", limit: 50 }, { headers: { "X-Client": "usage" } })) {
                const typed: Item = item;
                names.push(typed.name);
              }
              for await (const page of api.shop.item.list.pages()) {
                const typed: ItemList = page;
                const next: string | undefined = typed.nextCursor;
                void next;
              }
              // @ts-expect-error a page call takes no idempotency key: every page is another call
              const keyed: PageOptions = { idempotencyKey: "k" };
              void keyed;
              return names;
            }
            """;

    @TempDir
    static Path compiled;

    private static final SortedMap<String, byte[]> FILES =
            TypeScriptClient.generate(CodegenContracts.REGISTRY, new TypeScriptOptions("@shop/client", "2.1.0"));

    private static String file(String path) {
        return new String(FILES.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void writesOneEsmPackageWithoutRuntimeDependencies() {
        assertThat(FILES.keySet()).containsExactly("package.json", "src/client.ts", "src/errors.ts", "src/index.ts",
                "src/models.ts", "src/pagination.ts", "src/transport.ts", "tsconfig.json");
        assertThat(file("package.json")).contains("\"name\": \"@shop/client\"", "\"type\": \"module\"")
                .contains("\"devDependencies\": {\n    \"typescript\"").doesNotContain("\"dependencies\"");
    }

    @Test
    void givesTheSameBytesEveryTime() {
        SortedMap<String, byte[]> again =
                TypeScriptClient.generate(CodegenContracts.REGISTRY, new TypeScriptOptions("@shop/client", "2.1.0"));

        FILES.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void nestsCallsLikeTheKeysWithAVersionSuffixOnlyForSeveralMajors() {
        String client = file("src/client.ts");

        assertThat(client).contains("shop: {", "item: {", "get: (input: ItemIdInput, call?: CallOptions): Promise<Item> =>",
                "archiveV1: (input: ArchiveItemInput", "archiveV2: (input: ArchiveItemInput",
                "list: Object.assign(\n          (input: ListItemsInput = {}, call?: CallOptions): Promise<ItemList> =>");
        assertThat(client).contains("export type ShopItemGetErrorCode = StandardCode | \"ITEM_GONE\";");
        assertThat(client).contains("@deprecated Use shop.item.archive@2.0.0. Sunset on 2027-01-01.");
        assertThat(client).contains("[\"reason\", \"X-Archive-Reason\", \"header\"]", "[\"itemId\", \"itemId\", \"path\"]");
    }

    @Test
    void typesModelsAndEnumsWithTheirDescriptions() {
        String models = file("src/models.ts");

        assertThat(models).contains("/** A thing we keep. */\nexport interface Item {",
                "  /** The item's number. */\n  id: number;", "  tags?: string[];", "  note?: string | null;",
                "  attributes?: { [key: string]: unknown };",
                "export type ItemStatus = \"active\" | \"archived\";", "@default 20");
    }

    @Test
    void typesUnionsMapsConstantsAndNullableItems() {
        String models = file("src/models.ts");

        assertThat(models).contains("/** Where an item comes from. */\n"
                        + "export type Origin = (Bought & { source: \"bought\" }) | (Made & { source: \"made\" });",
                "export type Code = number | string;", "  origin?: Origin;", "  codes?: (Code | null)[];",
                "  stock?: { [key: string]: number };", "  kind?: \"item\";");
    }

    @BeforeAll
    static void compileWithTscStrict() throws IOException {
        write(compiled, FILES);
        Files.writeString(compiled.resolve("src/usage.ts"), USAGE);

        NodeTools.Result tsc = NodeTools.runBin("typescript", "bin/tsc", List.of("-p", compiled.toString()), compiled,
                TOOL_TIMEOUT);

        assertThat(tsc.succeeded()).as(tsc.output()).isTrue();
    }

    @Test
    void sendsTheValueThatSelectsAnOperationOnASharedRoute() {
        io.contractspec.core.registry.ContractRegistry shared = io.contractspec.core.registry.ContractRegistry.builder()
                .register(io.contractspec.core.Contracts.command("store.item.put", "1.0.0")
                        .output(CodegenContracts.ITEM).policy(io.contractspec.core.Contracts.auth(
                                io.contractspec.core.spec.AuthLevel.ANONYMOUS))
                        .rest(io.contractspec.core.spec.RestRoute.Method.POST, "/",
                                io.contractspec.core.spec.RestRoute.Match.header("X-Amz-Target", "Store.PutItem"))
                        .build())
                .build();
        String client = new String(TypeScriptClient.generate(shared, new TypeScriptOptions("@store/client", "1.0.0"))
                .get("src/client.ts"), StandardCharsets.UTF_8);

        assertThat(client).contains("method: \"POST\", path: \"/\", fields: [], match: [\"header\", \"X-Amz-Target\","
                + " \"Store.PutItem\"] }");
        assertThat(file("src/transport.ts")).contains("headers[name] = value;")
                .contains("route.method !== \"HEAD\"");
    }

    @Test
    void compilesWithTscStrictIntoDeclarations() {
        assertThat(file("tsconfig.json")).contains("\"strict\": true");
        assertThat(compiled.resolve("dist/index.d.ts")).exists();
        assertThat(compiled.resolve("dist/pagination.js")).exists();
    }

    @Test
    void putsPageAndItemIteratorsOnPaginatedCalls() {
        String client = file("src/client.ts");

        assertThat(client).contains("import type { ArchiveItemInput, Item, ItemIdInput, ItemList, ListItemsInput }",
                "import { itemsOf, pagesOf, type PageOptions, type Pagination } from \"./pagination.js\";",
                "shopItemList: { inputToken: \"cursor\", outputToken: \"nextCursor\", items: \"items\" },");
        assertThat(client).contains("""
                        list: Object.assign(
                          (input: ListItemsInput = {}, call?: CallOptions): Promise<ItemList> =>
                            transport.call<ItemList>(ROUTES.shopItemList, input, call),
                          {
                """);
        assertThat(client).contains(
                "pages: (input: ListItemsInput = {}, call?: PageOptions): AsyncGenerator<ItemList, void, undefined> =>\n"
                        + "              pagesOf<ItemList>(transport, ROUTES.shopItemList, PAGINATION.shopItemList, input, call),",
                "all: (input: ListItemsInput = {}, call?: PageOptions): AsyncGenerator<Item, void, undefined> =>\n"
                        + "              itemsOf<ItemList, Item>(transport, ROUTES.shopItemList, PAGINATION.shopItemList, input, call),");
        assertThat(client).contains("`for await (const item of api.shop.item.list.all()) { … }`",
                "Each call sends the previous page's `nextCursor` as `cursor` with the same other input",
                "@throws {ContractError<ShopItemListErrorCode>} when a page call fails");
        assertThat(client).containsOnlyOnce("Object.assign(");
    }

    @Test
    void iteratorsFollowTheCursorWithTheCallOptionsUntilAPageHasNone() throws IOException {
        NodeTools.Result run = NodeTools.runResource(TypeScriptClientTest.class, "/typescript/paging.mjs",
                List.of(compiled.resolve("dist/index.js").toString()), Map.of(), TOOL_TIMEOUT);
        assertThat(run.succeeded()).as(run.output()).isTrue();
        JsonNode result = new ObjectMapper().readTree(run.stdout());

        assertThat(result.path("items").toString()).isEqualTo("[1,2,3,4]");
        assertThat(result.path("requests").findValuesAsText("query"))
                .containsExactly("limit=2&status=active", "limit=2&status=active&cursor=c2", "limit=2&status=active&cursor=c3");
        assertThat(result.path("requests").findValuesAsText("header")).containsExactly("paging", "paging", "paging");
        assertThat(result.path("requests").findValuesAsText("signal")).containsExactly("true", "true", "true");
        assertThat(result.path("pages").toString()).isEqualTo("[1,1]");
        assertThat(result.path("resumedAt").toString()).isEqualTo("[\"cursor=c2\",\"cursor=c3\"]");
        assertThat(result.path("firstOnly").asInt()).isEqualTo(1);
        assertThat(result.path("callsForFirstOnly").asInt()).isEqualTo(1);
        assertThat(result.path("loop").asText()).contains("answered cursor \"loop\" with the same nextCursor");
    }

    static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
