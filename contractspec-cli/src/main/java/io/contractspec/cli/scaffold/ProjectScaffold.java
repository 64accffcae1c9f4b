package io.contractspec.cli.scaffold;

import io.contractspec.cli.ToolVersion;
import io.contractspec.core.registry.ContractModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files {@code contractspec init} writes: {@code .contractsrc.json} and a sample contract
 * module (a Maven project with one query, one event and the {@link ContractModule} that lists them).
 */
public final class ProjectScaffold {

    private ProjectScaffold() {}

    /** Relative path to content, in writing order. */
    public static Map<String, String> files(String moduleFolder, String packageName, String owner) {
        String source = moduleFolder + "/src/main/java/" + packageName.replace('.', '/') + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".contractsrc.json", config());
        files.put(moduleFolder + "/pom.xml", pom(moduleFolder));
        files.put(source + "SampleGet.java",
                SpecScaffolds.operation(packageName, "SampleGet", "sample.item.get", "1.0.0", "query", owner));
        files.put(source + "SampleCreated.java",
                SpecScaffolds.event(packageName, "SampleCreated", "sample.item.created", "1.0.0", owner));
        files.put(source + "SampleContracts.java", module(packageName));
        files.put(moduleFolder + "/src/main/resources/META-INF/services/" + ContractModule.class.getName(),
                packageName + ".SampleContracts\n");
        return files;
    }

    private static String config() {
        return """
                {
                  "generate": {
                    "outputDir": "generated",
                    "artifacts": ["docs", "site", "openapi", "json-schema"]
                  },
                  "ci": {
                    "baseline": "contracts.lock.json",
                    "failOnWarnings": false,
                    "drift": true
                  },
                  "lint": { "rules": {} },
                  "breakingChanges": { "rules": {} }
                }
                """;
    }

    private static String module(String packageName) {
        return "package " + packageName + ";\n\n" + """
                import io.contractspec.core.registry.ContractModule;
                import io.contractspec.core.spec.Spec;
                import java.util.List;

                /** The contracts of this module; listed in META-INF/services so that tools find them. */
                public final class SampleContracts implements ContractModule {

                    @Override
                    public String name() {
                        return "sample";
                    }

                    @Override
                    public List<Spec> specs() {
                        return List.of(SampleGet.GET, SampleCreated.CREATED);
                    }
                }
                """;
    }

    private static String pom(String artifactId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>%1$s</artifactId>
                  <version>0.1.0-SNAPSHOT</version>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>io.contractspec</groupId>
                      <artifactId>contractspec-core</artifactId>
                      <version>%2$s</version>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(artifactId, ToolVersion.current());
    }
}
