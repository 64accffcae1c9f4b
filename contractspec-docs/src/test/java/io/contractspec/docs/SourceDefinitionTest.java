package io.contractspec.docs;

import static io.contractspec.docs.ShopContracts.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.snapshot.CanonicalJson;
import io.contractspec.core.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

/** The Source Definition section: Java cut from the file when found, canonical JSON otherwise. */
class SourceDefinitionTest {

    @Test
    void cutsTheDefinitionWithTheImportsItUses() {
        String page = file(DocsGenerator.markdown(ShopContracts.registry(), ShopContracts.withSources()),
                "shop.orders/shop.order.placed.md");
        assertThat(page).endsWith("""
                ## Source Definition

                ```java
                import static io.contractspec.core.Contracts.event;
                import static io.contractspec.core.spec.Stability.STABLE;
                import io.contractspec.core.spec.EventSpec;

                static final EventSpec ORDER_PLACED = event("shop.order.placed", "1.0.0")
                        .stability(STABLE).owners("@shop").tags("shop", "order")
                        .description("An order was placed.")
                        .payload(ORDER)
                        .pii("id")
                        .build();
                ```
                """);
    }

    @Test
    void cutsPublicDeclarationsToo() {
        String page = file(DocsGenerator.markdown(ShopContracts.registry(), ShopContracts.withSources()),
                "shop.orders/shop.order.place.md");
        String source = page.substring(page.indexOf("## Source Definition"));
        assertThat(source)
                .contains("\npublic static final OperationSpec PLACE_ORDER = command(\"shop.order.place\", \"1.0.0\")\n")
                .contains("import static io.contractspec.core.Contracts.command;")
                .contains("import io.contractspec.core.spec.RateLimit;")
                .doesNotContain("import static io.contractspec.core.Contracts.capability;")
                .doesNotContain("GET_ORDER_V1")
                .endsWith("        .build();\n```\n");
    }

    @Test
    void showsTheCanonicalJsonWhenTheSourceIsNotFound() {
        GeneratedDocs docs = DocsGenerator.markdown(ShopContracts.registry(), DocsOptions.defaults());
        String page = file(docs, "shop.orders/shop.order.placed.md");
        assertThat(page)
                .contains("- File: io/contractspec/docs/ShopContracts.java\n")
                .endsWith("## Source Definition\n\n```json\n"
                        + CanonicalJson.write(Snapshot.toJson(ShopContracts.ORDER_PLACED)) + "```\n");
    }
}
