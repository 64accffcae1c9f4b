package io.contractspec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same contracts give the same bytes: on every run, in any registration order, on any machine locale. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoMarkdownGenerationsWriteIdenticalFiles() throws IOException {
        DocsGenerator.markdown(ShopContracts.registry(), ShopContracts.withSources()).writeTo(temp.resolve("one"));
        DocsGenerator.markdown(ShopContracts.registry(), ShopContracts.withSources()).writeTo(temp.resolve("two"));
        assertSameTree(temp.resolve("one"), temp.resolve("two"));
    }

    @Test
    void twoSiteGenerationsWriteIdenticalFiles() throws IOException {
        HtmlSite.generate(ShopContracts.registry(), ShopContracts.withSources()).writeTo(temp.resolve("one"));
        HtmlSite.generate(ShopContracts.registry(), ShopContracts.withSources()).writeTo(temp.resolve("two"));
        assertSameTree(temp.resolve("one"), temp.resolve("two"));
    }

    @Test
    void registrationOrderAndDefaultLocaleDoNotMatter() {
        ContractRegistry reversed = ContractRegistry.builder()
                .registerAll(reversed(ShopContracts.registry().all()))
                .build();
        Map<String, byte[]> expected = HtmlSite.generate(ShopContracts.registry(), ShopContracts.withSources()).toMap();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertSameFiles(HtmlSite.generate(reversed, ShopContracts.withSources()).toMap(), expected);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new java.util.ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    private static void assertSameTree(Path one, Path two) throws IOException {
        List<Path> files = files(one);
        assertThat(files).isNotEmpty().containsExactlyElementsOf(files(two));
        for (Path file : files) {
            assertThat(Files.readAllBytes(two.resolve(file))).as(file.toString()).isEqualTo(Files.readAllBytes(one.resolve(file)));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
