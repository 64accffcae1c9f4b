package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.CommonSections.section;

import io.contractspec.core.snapshot.CanonicalJson;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Acceptance scenarios (given / when / then) and examples (input, then output or error). */
final class AcceptanceSections {

    private AcceptanceSections() {}

    static List<Block> scenarios(List<Scenario> scenarios, Labels labels) {
        List<Block> body = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            body.add(new Block.Heading(3, scenario.key(), "scenario-" + scenario.key()));
            List<List<Inline>> steps = new ArrayList<>();
            addSteps(steps, labels.get("scenario.given"), scenario.given());
            addSteps(steps, labels.get("scenario.when"), scenario.when());
            addSteps(steps, labels.get("scenario.then"), scenario.then());
            body.add(new Block.Items(steps));
        }
        return section(2, "scenarios", labels.get("section.scenarios"), body);
    }

    private static void addSteps(List<List<Inline>> steps, String keyword, List<String> texts) {
        texts.forEach(text -> steps.add(List.of(Inline.text(keyword + " " + text))));
    }

    static List<Block> examples(List<Example> examples, Labels labels) {
        List<Block> body = new ArrayList<>();
        for (Example example : examples) {
            body.add(new Block.Heading(3, example.key(), "example-" + example.key()));
            body.add(CommonSections.paragraph(labels.get("example.input")));
            body.add(new Block.CodeBlock("json", CanonicalJson.write(example.input())));
            example.output().ifPresent(output -> {
                body.add(CommonSections.paragraph(labels.get("example.output")));
                body.add(new Block.CodeBlock("json", CanonicalJson.write(output)));
            });
            example.errorCode().ifPresent(code -> body.add(new Block.Paragraph(
                    List.of(Inline.text(labels.get("example.fails") + " "), Inline.code(code)))));
        }
        return section(2, "examples", labels.get("section.examples"), body);
    }
}
