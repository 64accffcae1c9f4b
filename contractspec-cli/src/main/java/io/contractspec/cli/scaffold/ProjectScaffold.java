package io.contractspec.cli.scaffold;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.runtime.HandlerModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text files {@code contractspec init} writes, by path relative to the project root:
 * {@code .contractsrc.json} (the defaults every command reads), a contract module (a standalone
 * Maven project with the sample contract, its typed handler and the acceptance test), a short
 * README and a {@code .gitignore} when the project has none. The committed snapshot is written
 * separately ({@link ScaffoldSnapshot}) because it comes from compiling these sources.
 */
@Internal
public final class ProjectScaffold {

    /** What init was asked for: the module folder, the Java package, the owner, and whether a README/.gitignore exist already. */
    public record Settings(String module, String packageName, String owner, boolean hasReadme, boolean hasGitignore) {}

    private ProjectScaffold() {}

    /** Relative path to content, in writing order. */
    public static Map<String, String> files(Settings settings) {
        String module = settings.module();
        String packagePath = settings.packageName().replace('.', '/') + "/";
        String main = module + "/src/main/java/" + packagePath;
        String services = module + "/src/main/resources/META-INF/services/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ProjectConfig.FILE_NAME, config(settings));
        files.put(module + "/pom.xml", ModulePom.of(settings.packageName(), module));
        files.put(main + SampleSources.OPERATION_CLASS + ".java", SampleSources.operation(settings.packageName(), settings.owner()));
        files.put(main + SampleSources.CONTRACTS_CLASS + ".java", SampleSources.contracts(settings.packageName()));
        files.put(main + SampleSources.HANDLERS_CLASS + ".java", SampleSources.handlers(settings.packageName()));
        files.put(services + ContractModule.class.getName(), settings.packageName() + "." + SampleSources.CONTRACTS_CLASS + "\n");
        files.put(services + HandlerModule.class.getName(), settings.packageName() + "." + SampleSources.HANDLERS_CLASS + "\n");
        files.put(module + "/src/test/java/" + packagePath + SampleSources.TEST_CLASS + ".java", SampleSources.test(settings.packageName()));
        files.put(settings.hasReadme() ? module + "/README.md" : "README.md", ProjectReadme.of(settings));
        if (!settings.hasGitignore()) {
            files.put(".gitignore", module + "/target/\n.contractspec/\n");
        }
        return files;
    }

    /** The contract sources, relative to the project root, that the snapshot is compiled from. */
    public static Map<String, String> contractSources(Settings settings) {
        String main = settings.module() + "/src/main/java/" + settings.packageName().replace('.', '/') + "/";
        Map<String, String> all = files(settings);
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : new String[] {SampleSources.OPERATION_CLASS, SampleSources.CONTRACTS_CLASS}) {
            sources.put(main + name + ".java", all.get(main + name + ".java"));
        }
        return sources;
    }

    public static String contractsClass(Settings settings) {
        return settings.packageName() + "." + SampleSources.CONTRACTS_CLASS;
    }

    private static String config(Settings settings) {
        return """
                {
                  "contracts": {
                    "classpath": ["%1$s/target/classes"],
                    "snapshot": "contracts.lock.json"
                  },
                  "create": {
                    "package": "%2$s",
                    "sourceRoot": "%1$s/src/main/java"
                  },
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
                """.formatted(settings.module(), settings.packageName());
    }
}
