package io.contractspec.docs;

import static io.contractspec.docs.ShopContracts.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlSiteTest {

    private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    private final GeneratedDocs site = HtmlSite.generate(ShopContracts.registry(), ShopContracts.withSources());

    @Test
    void hasAnIndexASearchPageAssetsAndAPagePerSpec() {
        List<String> expected = new ArrayList<>(List.of("index.html", "search.html", "search-index.js",
                "assets/style.css", "assets/filters.js", "assets/search.js"));
        DocsGenerator.markdown(ShopContracts.registry(), ShopContracts.withSources()).paths()
                .forEach(markdown -> expected.add(markdown.replaceFirst("\\.md$", ".html")));
        assertThat(site.paths()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyReferenceIsARelativeLinkToAGeneratedFile() {
        for (String path : site.paths()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            Matcher reference = LOCAL_REFERENCE.matcher(file(site, path));
            while (reference.find()) {
                String target = reference.group(1).replaceFirst("[?#].*$", "");
                assertThat(target).as("reference in " + path).doesNotContain("://").doesNotStartWith("/");
                String resolved = java.nio.file.Path.of(folder + target).normalize().toString().replace('\\', '/');
                assertThat(site.paths()).as("target of " + reference.group() + " in " + path).contains(resolved);
            }
        }
    }

    @Test
    void theSearchIndexIsAScriptWithOneEntryPerPage() throws Exception {
        String script = file(site, "search-index.js");
        String prefix = "window.CONTRACTSPEC_SEARCH_INDEX = ";
        assertThat(script).startsWith(prefix).endsWith(";\n");
        JsonNode entries = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
        assertThat(entries).hasSize(ShopContracts.registry().all().size());
        JsonNode place = entries.findParents("key").stream()
                .filter(entry -> entry.get("key").asText().equals("shop.order.place"))
                .findFirst()
                .orElseThrow();
        assertThat(place.get("url").asText()).isEqualTo("shop.orders/shop.order.place.html");
        assertThat(place.get("type").asText()).isEqualTo("operation (command)");
        assertThat(place.get("text").asText()).contains("buy things.", "@payments", "shop");
    }

    @Test
    void theIndexListsEverySpecOnceByFeatureWithFilterData() {
        String index = file(site, "index.html");
        String byFeature = index.substring(index.indexOf("<details id=\"by-feature\""), index.indexOf("<details id=\"by-domain\""));
        for (var spec : ShopContracts.registry().all()) {
            assertThat(byFeature).contains("data-key=\"" + spec.key() + "\"");
        }
        assertThat(byFeature.split("<li class=\"spec\"", -1)).hasSize(ShopContracts.registry().all().size() + 1);
        assertThat(index).contains("data-key=\"shop.order.place\" data-type=\"operation\" data-tags=\"|shop|order|\""
                + " data-owners=\"|@shop|@payments|\" data-stability=\"stable\"");
        assertThat(index).contains("<option>@payments</option>", "<option>deprecated</option>");
    }

    @Test
    void specPagesShowTheMetadataAndLinkReferencedSpecs() {
        String page = file(site, "shop.orders/shop.order.place.html");
        assertThat(page).contains(
                "<li><span class=\"label\">Type:</span> <span class=\"value\">operation (command)</span></li>",
                "<li><span class=\"label\">Version:</span> <span class=\"value\">1.0.0</span></li>",
                "<a href=\"../shop.orders/shop.order.placed.html\"><code>shop.order.placed</code></a> (v1.0.0)",
                "<h2 id=\"source\">Source Definition</h2>",
                "<pre><code class=\"language-java\">");
    }

    @Test
    void escapesTextFromContracts() {
        ContractRegistry registry = ContractRegistry.builder()
                .register(Contracts.query("shop.risky", "1.0.0")
                        .description("Use <script>alert('x')</script> & more")
                        .output(Model.builder("Risky").required("id", Scalar.ID).build())
                        .build())
                .build();
        GeneratedDocs docs = HtmlSite.generate(registry, DocsOptions.defaults());
        assertThat(file(docs, "_common/shop.risky.html"))
                .contains("Use &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>alert");
        assertThat(file(docs, "index.html")).doesNotContain("<script>alert");
    }
}
