package io.contractspec.cli.load;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.build.load.ClasspathLoader;
import io.contractspec.build.load.LoadedContracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedContractsTest {

    @TempDir
    Path temp;

    @Test
    void closingReleasesTheClassLoaderOfTheClasspath() throws IOException {
        Files.writeString(temp.resolve("only-here.txt"), "x");
        List<Path> entries = ClasspathLoader.split(List.of(FIXTURE_CLASSPATH, temp.toString()));
        LoadedContracts loaded = ClasspathLoader.load(entries, LoadedContractsTest.class.getClassLoader());
        ClassLoader loader = loaded.classLoader().orElseThrow();
        assertThat(loader.getResource("only-here.txt")).isNotNull();

        loaded.close();

        assertThat(loader.getResource("only-here.txt")).isNull();
        assertThat(loaded.registry().operations()).isNotEmpty();
    }
}
