package io.contractspec.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.schema.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceResolverTest {

    @TempDir
    Path project;

    private void touch(String path) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class X {}\n");
    }

    @Test
    void discoversSourceRootsSkippingBuildOutputAndHiddenFolders() throws IOException {
        touch("b/src/main/java/com/acme/B.java");
        touch("a/nested/src/main/java/com/acme/A.java");
        touch("a/target/src/main/java/com/acme/A.java");
        touch(".git/src/main/java/com/acme/A.java");
        assertThat(SourceResolver.discover(project).sourceRoots())
                .containsExactly("a/nested/src/main/java", "b/src/main/java");
    }

    @Test
    void namesTheFileRelativeToTheProjectRoot() throws IOException {
        touch("app/src/main/java/com/acme/Orders.java");
        SourceResolver resolver = SourceResolver.discover(project);
        assertThat(resolver.resolve(new SourceLocation("com/acme/Orders.java", 12)))
                .hasValueSatisfying(found -> {
                    assertThat(found.projectPath()).isEqualTo("app/src/main/java/com/acme/Orders.java");
                    assertThat(found.file()).isRegularFile();
                });
    }

    @Test
    void prefersTheFirstRootThatHoldsTheFile() throws IOException {
        touch("one/com/acme/Orders.java");
        touch("two/com/acme/Orders.java");
        SourceResolver resolver = SourceResolver.of(project, List.of("two", "one"));
        assertThat(resolver.resolve(new SourceLocation("com/acme/Orders.java", 1)).orElseThrow().projectPath())
                .isEqualTo("two/com/acme/Orders.java");
    }

    @Test
    void findsNothingForUnknownOrMissingFiles() throws IOException {
        touch("src/main/java/com/acme/Orders.java");
        SourceResolver resolver = SourceResolver.discover(project);
        assertThat(resolver.resolve(SourceLocation.NONE)).isEmpty();
        assertThat(resolver.resolve(new SourceLocation("com/acme/Missing.java", 1))).isEmpty();
        assertThat(resolver.resolve(new SourceLocation("../../etc/passwd", 1))).isEmpty();
        assertThat(SourceResolver.none().resolve(new SourceLocation("com/acme/Orders.java", 1))).isEmpty();
    }

    @Test
    void rejectsRootsOutsideTheProject() {
        assertThatThrownBy(() -> SourceResolver.of(project, List.of("../elsewhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }
}
