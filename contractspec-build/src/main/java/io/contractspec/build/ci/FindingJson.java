package io.contractspec.build.ci;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.Internal;
import io.contractspec.schema.Diagnostic;
import java.util.List;

/** The JSON form of findings shared by every {@code --json} / {@code --format json} output. */
@Internal
public final class FindingJson {

    private FindingJson() {}

    public static ObjectNode of(Diagnostic finding) {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("severity", finding.severity().wireName())
                .put("id", finding.id())
                .put("subject", finding.subject())
                .put("path", finding.path());
        if (finding.location().isKnown()) {
            node.putObject("location").put("file", finding.location().file()).put("line", finding.location().line());
        }
        node.put("message", finding.message());
        finding.hint().ifPresent(hint -> node.put("hint", hint));
        return node;
    }

    public static ArrayNode of(List<Diagnostic> findings) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        findings.forEach(finding -> array.add(of(finding)));
        return array;
    }
}
