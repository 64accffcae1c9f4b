package io.contractspec.cli.scaffold;

/** The short README of a project made by {@code init}: the loop from a contract to a served, checked API. */
final class ProjectReadme {

    private ProjectReadme() {}

    static String of(ProjectScaffold.Settings settings) {
        String module = settings.module();
        String source = module + "/src/main/java/" + settings.packageName().replace('.', '/') + "/";
        return """
                # Contracts

                Made by `contractspec init`. Run every command from the project root (the folder holding
                `.contractsrc.json`; it gives every command its defaults, so none needs arguments).

                | file | what it is |
                |---|---|
                | `%2$s%3$s.java` | the contract of `sample.item.get`: input, output, policy, example |
                | `%2$s%4$s.java` | the `ContractModule` listing the contracts |
                | `%2$s%5$s.java` | the `HandlerModule`: a typed handler (records) per operation |
                | `%1$s/src/test/java/…/%6$s.java` | runs every acceptance example through the handlers |
                | `contracts.lock.json` | the committed snapshot: the baseline of the breaking-change check |
                | `.contractspec/jwt-secret` | the development signing secret of `serve` and `token` (not committed) |

                ```bash
                mvn -q -f %1$s/pom.xml package           # compile, run the acceptance examples
                contractspec ci                          # lint, acceptance, breaking changes, drift: exit 1 on findings
                contractspec serve                       # REST on http://localhost:8080/, docs at /docs/, /openapi.json
                TOKEN=$(contractspec token --user alice) # in a second terminal: a bearer token for serve
                curl -H "Authorization: Bearer $TOKEN" 'http://localhost:8080/sample/item/get/v1.0.0?id=item-1'
                ```

                Add an operation with `contractspec create operation <key>` (it lands in `%2$s`), list it in
                `%4$s`, bind its handler in `%5$s`, then `mvn -q -f %1$s/pom.xml package`. When `ci` reports
                a breaking change you intend, give the operation a new major version, or accept it with
                `contractspec snapshot` and commit `contracts.lock.json`.
                """.formatted(module, source, SampleSources.OPERATION_CLASS, SampleSources.CONTRACTS_CLASS,
                SampleSources.HANDLERS_CLASS, SampleSources.TEST_CLASS);
    }
}
