package io.contractspec.cli.scaffold;

import io.contractspec.cli.ToolVersion;

/**
 * The POM of a contract module made by {@code init}: standalone (no parent, so it fits into any
 * existing build), Java 17, every plugin of the jar lifecycle pinned to the version the ContractSpec
 * build uses, so that Maven 3.8 and 3.9 build it alike (Maven 3.8 would otherwise pick compiler 3.1,
 * which cannot compile for Java 17).
 */
final class ModulePom {

    private ModulePom() {}

    static String of(String groupId, String artifactId) {
        StringBuilder plugins = new StringBuilder();
        plugin(plugins, "maven-clean-plugin", "plugin.clean");
        plugin(plugins, "maven-resources-plugin", "plugin.resources");
        plugin(plugins, "maven-compiler-plugin", "plugin.compiler");
        plugin(plugins, "maven-surefire-plugin", "plugin.surefire");
        plugin(plugins, "maven-jar-plugin", "plugin.jar");
        plugin(plugins, "maven-install-plugin", "plugin.install");
        plugin(plugins, "maven-deploy-plugin", "plugin.deploy");
        plugin(plugins, "maven-site-plugin", "plugin.site");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%1$s</groupId>
                  <artifactId>%2$s</artifactId>
                  <version>0.1.0-SNAPSHOT</version>
                  <description>Contracts and their handlers (made by contractspec init).</description>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <contractspec.version>%3$s</contractspec.version>
                    <junit.version>%4$s</junit.version>
                  </properties>

                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>io.contractspec</groupId>
                        <artifactId>contractspec-bom</artifactId>
                        <version>${contractspec.version}</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                      <dependency>
                        <groupId>org.junit</groupId>
                        <artifactId>junit-bom</artifactId>
                        <version>${junit.version}</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>

                  <dependencies>
                    <dependency>
                      <groupId>io.contractspec</groupId>
                      <artifactId>contractspec-core</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>io.contractspec</groupId>
                      <artifactId>contractspec-runtime</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>io.contractspec</groupId>
                      <artifactId>contractspec-testing</artifactId>
                      <scope>test</scope>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>

                  <build>
                    <pluginManagement>
                      <plugins>
                %5$s      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """.formatted(groupId, artifactId, ToolVersion.current(), ToolVersion.of("junit.version"), plugins);
    }

    private static void plugin(StringBuilder plugins, String artifactId, String versionKey) {
        plugins.append("""
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>%s</artifactId>
                          <version>%s</version>
                        </plugin>
                """.formatted(artifactId, ToolVersion.of(versionKey)));
    }
}
