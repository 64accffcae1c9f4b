package io.contractspec.docs;

import static io.contractspec.docs.ShopContracts.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Labels come from a resource bundle; the test classpath adds a partial German one. */
class LabelsTest {

    @Test
    void aLocalizedBundleRenamesSectionsAndTheRestFallsBackToEnglish() {
        DocsOptions german = ShopContracts.withSources().toBuilder().locale(Locale.GERMAN).build();
        String page = file(DocsGenerator.markdown(ShopContracts.registry(), german), "shop.orders/shop.order.place.md");
        assertThat(page).contains("- Typ: operation (command)\n", "\n## Ziel\n", "\n## Context\n");
    }

    @Test
    void theDefaultLocaleOfTheMachineIsIgnored() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            String page = file(DocsGenerator.markdown(ShopContracts.registry(), DocsOptions.defaults()),
                    "shop.orders/shop.order.place.md");
            assertThat(page).contains("\n## Goal\n").doesNotContain("Ziel");
        } finally {
            Locale.setDefault(before);
        }
    }
}
