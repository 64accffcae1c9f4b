package io.contractspec.build.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.Internal;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.contractspec.schema.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes findings as a SARIF 2.1.0 log with one run: {@code tool.driver} lists every rule of the
 * catalog (plus any rule a finding names that the catalog lacks), each result names its rule, maps
 * its severity to a SARIF level (ERROR and DANGER → error, WARNING → warning, NOTE → note), carries
 * the source file (relative to {@value #SOURCE_ROOT}) and the spec as a logical location.
 */
@Internal
public final class SarifWriter {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    /** The base id of relative source paths, as code-scanning services expect. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SarifWriter() {}

    public static ObjectNode toJson(String toolVersion, Collection<RuleDescriptor> catalog, List<Diagnostic> findings) {
        SortedMap<String, RuleDescriptor> rules = new TreeMap<>();
        catalog.forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        findings.forEach(finding -> rules.putIfAbsent(finding.id(), new RuleDescriptor(finding.id(), finding.severity(), "")));
        List<String> ids = new ArrayList<>(rules.keySet());
        Map<String, Integer> indexes = new HashMap<>();
        ids.forEach(id -> indexes.put(id, indexes.size()));

        ObjectNode log = JSON.objectNode().put("$schema", SCHEMA).put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver")
                .put("name", "contractspec")
                .put("version", toolVersion)
                .put("informationUri", "https://github.com/contractspec/contractspec-java");
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.values().forEach(rule -> ruleNodes.add(rule(rule)));
        ArrayNode results = run.putArray("results");
        findings.forEach(finding -> results.add(result(finding, indexes.get(finding.id()))));
        return log;
    }

    private static ObjectNode rule(RuleDescriptor rule) {
        ObjectNode node = JSON.objectNode().put("id", rule.id()).put("name", rule.id());
        if (!rule.summary().isBlank()) {
            node.putObject("shortDescription").put("text", rule.summary());
        }
        node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        node.putObject("properties").put("severity", rule.defaultSeverity().wireName());
        return node;
    }

    private static ObjectNode result(Diagnostic finding, int ruleIndex) {
        ObjectNode result = JSON.objectNode()
                .put("ruleId", finding.id())
                .put("ruleIndex", ruleIndex)
                .put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        ObjectNode location = location(finding);
        if (!location.isEmpty()) {
            result.putArray("locations").add(location);
        }
        ObjectNode properties = result.putObject("properties").put("severity", finding.severity().wireName());
        if (!finding.path().isEmpty()) {
            properties.put("path", finding.path());
        }
        finding.hint().ifPresent(hint -> properties.put("hint", hint));
        return result;
    }

    private static ObjectNode location(Diagnostic finding) {
        ObjectNode location = JSON.objectNode();
        SourceLocation source = finding.location();
        if (source.isKnown()) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(source.file())).put("uriBaseId", SOURCE_ROOT);
            if (source.line() > 0) {
                physical.putObject("region").put("startLine", source.line());
            }
        }
        if (!finding.subject().isEmpty()) {
            String name = finding.path().isEmpty() ? finding.subject() : finding.subject() + "#" + finding.path();
            location.putArray("logicalLocations").addObject()
                    .put("name", finding.subject())
                    .put("fullyQualifiedName", name)
                    .put("kind", "contract");
        }
        return location;
    }

    /** SARIF wants a URI reference: '/'-separated, with spaces and the like percent-encoded. */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + file + "' cannot be written as a URI", e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR, DANGER -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
