package io.contractspec.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.annotations.Internal;
import io.contractspec.build.generate.JsonText;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecType;
import io.contractspec.core.spec.Stability;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec.Target;

/** {@code contractspec list}: the specs, filtered by type, tag, owner and stability. */
@Command(mixinStandardHelpOptions = true, name = "list", description = "List the contracts, optionally filtered.")
@Internal
public final class ListCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @picocli.CommandLine.Spec(Target.SELF)
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--type", paramLabel = "<type>", description = "operation, event, feature or capability.")
    String type;

    @Option(names = "--tag", paramLabel = "<tag>", description = "Only specs with this tag.")
    String tag;

    @Option(names = "--owner", paramLabel = "<owner>", description = "Only specs with this owner, e.g. @team.")
    String owner;

    @Option(names = "--stability", paramLabel = "<stability>", description = "idea, in_creation, experimental, beta, stable or deprecated.")
    String stability;

    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "The file to write (default: standard output).")
    java.nio.file.Path out;

    @Override
    public Integer call() {
        Predicate<Spec> filter = filter();
        List<Spec> specs;
        try (LoadedContracts loaded = contracts.load(project)) {
            specs = loaded.registry().filter(filter);
        }
        String output = Usage.choice("--format", format, Format.class) == Format.JSON ? json(specs) : text(specs);
        Output.text(output, out, command.commandLine().getOut());
        if (out != null) {
            command.commandLine().getOut().println("wrote " + ProjectOptions.shown(out) + " (" + specs.size() + " specs)");
        }
        return 0;
    }

    private Predicate<Spec> filter() {
        Predicate<Spec> filter = spec -> true;
        if (type != null) {
            SpecType wanted = Usage.choice("--type", type, SpecType.class);
            filter = filter.and(spec -> spec.specType() == wanted);
        }
        if (stability != null) {
            Stability wanted = Usage.choice("--stability", stability, Stability.class);
            filter = filter.and(spec -> spec.meta().stability() == wanted);
        }
        if (tag != null) {
            filter = filter.and(spec -> spec.meta().tags().contains(tag));
        }
        if (owner != null) {
            filter = filter.and(spec -> spec.meta().owners().contains(owner));
        }
        return filter;
    }

    private static String text(List<Spec> specs) {
        StringBuilder out = new StringBuilder();
        for (Spec spec : specs) {
            out.append(String.format(Locale.ROOT, "%-10s %-45s %-12s %s%s\n", spec.specType().wireName(), spec.ref(),
                    spec.meta().stability().wireName(), String.join(",", spec.meta().owners()),
                    spec.meta().tags().isEmpty() ? "" : "  [" + String.join(", ", spec.meta().tags()) + "]"));
        }
        return out.toString();
    }

    private static String json(List<Spec> specs) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Spec spec : specs) {
            var node = array.addObject()
                    .put("type", spec.specType().wireName())
                    .put("key", spec.key())
                    .put("version", spec.version())
                    .put("stability", spec.meta().stability().wireName())
                    .put("description", spec.meta().description());
            spec.meta().owners().forEach(node.putArray("owners")::add);
            spec.meta().tags().forEach(node.putArray("tags")::add);
            if (spec.source().isKnown()) {
                node.put("source", spec.source().toString());
            }
        }
        return JsonText.pretty(array);
    }
}
