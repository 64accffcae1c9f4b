package io.contractspec.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedDocsTest {

    @TempDir
    Path out;

    private final GeneratedDocs docs = HtmlSite.generate(ShopContracts.registry(), DocsOptions.defaults());

    @Test
    void writesEveryFileBelowTheFolder() throws IOException {
        assertThat(docs.writeTo(out)).hasSize(docs.paths().size());
        assertThat(out.resolve("shop.orders/shop.order.place.html")).isRegularFile();
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(docs.content("index.html").orElseThrow());
    }

    @Test
    void servesFromMemoryWithoutSharingState() {
        Map<String, byte[]> files = docs.toMap();
        assertThat(files.keySet()).containsExactlyElementsOf(docs.paths());
        files.get("index.html")[0] = 'X';
        assertThat(new String(docs.toMap().get("index.html"), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(docs.content("missing.html")).isEmpty();
    }

    @Test
    void namesMediaTypes() {
        assertThat(GeneratedDocs.mediaType("a/b.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(GeneratedDocs.mediaType("search-index.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(GeneratedDocs.mediaType("assets/style.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(GeneratedDocs.mediaType("a/b.md")).isEqualTo("text/markdown; charset=utf-8");
        assertThat(GeneratedDocs.mediaType("LICENSE")).isEqualTo("application/octet-stream");
    }

    @Test
    void rejectsPathsOutsideTheFolder() {
        assertThatThrownBy(() -> new GeneratedDocs(Map.of("../x.md", new byte[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../x.md");
        assertThatThrownBy(() -> new GeneratedDocs(Map.of("/x.md", new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
