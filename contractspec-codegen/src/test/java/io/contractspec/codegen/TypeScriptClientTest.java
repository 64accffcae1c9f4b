package io.contractspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.codegen.typescript.TypeScriptClient;
import io.contractspec.codegen.typescript.TypeScriptOptions;
import io.contractspec.testing.tools.NodeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptClientTest {

    private static final SortedMap<String, byte[]> FILES =
            TypeScriptClient.generate(CodegenContracts.REGISTRY, new TypeScriptOptions("@shop/client", "2.1.0"));

    private static String file(String path) {
        return new String(FILES.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void writesOneEsmPackageWithoutRuntimeDependencies() {
        assertThat(FILES.keySet()).containsExactly("package.json", "src/client.ts", "src/errors.ts", "src/index.ts",
                "src/models.ts", "src/transport.ts", "tsconfig.json");
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
                "list: (input: ListItemsInput = {}, call?: CallOptions): Promise<ItemList> =>");
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
    void compilesWithTscStrict(@TempDir Path folder) throws IOException {
        write(folder, FILES);

        NodeTools.Result tsc = NodeTools.runBin("typescript", "bin/tsc", List.of("-p", folder.toString()), folder,
                Duration.ofMinutes(2));

        assertThat(tsc.succeeded()).as(tsc.output()).isTrue();
        assertThat(folder.resolve("dist/index.d.ts")).exists();
    }

    static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
