package io.contractspec.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.schema.SourceLocation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SnapshotReadErrorsTest {

    /** The golden document with one change, read back; the failure it causes. */
    private static SnapshotException readChanged(Consumer<ObjectNode> change) {
        ObjectNode document = Snapshot.toJson(SnapshotFixtures.golden());
        change.accept(document);
        String text = CanonicalJson.write(document);
        return catchThrowableOfType(SnapshotException.class, () -> Snapshot.read(text));
    }

    private static ObjectNode at(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(JsonPointer.compile(pointer));
    }

    @Test
    void rejectsAMissingSnapshotVersion() {
        SnapshotException e = readChanged(document -> document.remove("snapshotVersion"));
        assertThat(e.path()).isEqualTo("snapshotVersion");
        assertThat(e).hasMessage("snapshotVersion: required but missing; this is not a ContractSpec snapshot");
    }

    @Test
    void rejectsAnUnsupportedSnapshotVersion() {
        assertThat(readChanged(document -> document.put("snapshotVersion", 2)))
                .hasMessage("snapshotVersion: unsupported snapshot version 2; this reader understands version 1");
        assertThat(readChanged(document -> document.put("snapshotVersion", "1")))
                .hasMessage("snapshotVersion: expected an integer, got a string");
    }

    @Test
    void namesTheFieldTypeOfAnUnknownScalar() {
        SnapshotException e = readChanged(document ->
                at(document, "/operations/0/io/input/fields/1/type").put("name", "Strin"));
        assertThat(e).hasMessage("operations[0].io.input.fields[1].type: unknown scalar 'Strin'");
        assertThat(e.path()).isEqualTo("operations[0].io.input.fields[1].type");
        assertThat(e.reason()).isEqualTo("unknown scalar 'Strin'");
    }

    @Test
    void namesAnUnknownTypeKind() {
        assertThat(readChanged(document -> at(document, "/events/0/payload/fields/0/type").put("kind", "intersection")))
                .hasMessage("events[0].payload.fields[0].type.kind: unknown type kind 'intersection'"
                        + " (expected scalar, enum, model or union)");
    }

    @Test
    void rejectsUnknownKeys() {
        assertThat(readChanged(document -> at(document, "/operations/0/policy").put("adminOnly", true)))
                .hasMessage("operations[0].policy.adminOnly: unknown key");
        assertThat(readChanged(document -> document.putArray("workflows")))
                .hasMessage("workflows: unknown key");
    }

    @Test
    void namesWrongJsonTypes() {
        assertThat(readChanged(document -> at(document, "/operations/0").put("owners", "@team")))
                .hasMessage("operations[0].owners: expected an array, got a string");
        assertThat(readChanged(document -> ((ArrayNode) at(document, "/operations/0").get("tags")).add(3)))
                .hasMessage("operations[0].tags[3]: expected a string, got the integer 3");
        assertThat(readChanged(document -> at(document, "/operations/0/io/input/fields/0").put("optional", "no")))
                .hasMessage("operations[0].io.input.fields[0].optional: expected true or false, got a string");
        assertThat(readChanged(document -> at(document, "/operations/0/io").put("output", 1.5)))
                .hasMessage("operations[0].io.output: expected an object, got the number 1.5");
    }

    @Test
    void namesMissingRequiredKeys() {
        assertThat(readChanged(document -> at(document, "/operations/0/io").remove("output")))
                .hasMessage("operations[0].io.output: required but missing");
        assertThat(readChanged(document -> at(document, "/events/0").remove("key")))
                .hasMessage("events[0].key: required but missing");
    }

    @Test
    void namesUnknownWireValues() {
        assertThat(readChanged(document -> at(document, "/features/0").put("stability", "stabel")))
                .hasMessage("features[0].stability: unknown stability 'stabel'"
                        + " (expected one of idea, in_creation, experimental, beta, stable, deprecated)");
        assertThat(readChanged(document -> at(document, "/operations/0/transport/rest").put("method", "post")))
                .hasMessage("operations[0].transport.rest.method: unknown HTTP method 'post'"
                        + " (expected one of GET, POST, PUT, PATCH, DELETE, HEAD)");
    }

    @Test
    void reportsABuilderComplaintAtThePartItConcerns() {
        assertThat(readChanged(document -> at(document, "/operations/0/errors/0").put("code", "not-paused")))
                .hasMessage("operations[0].errors[0]: operation workflow.instance.resume@1.1.0:"
                        + " error code 'not-paused' must be UPPER_SNAKE_CASE");
        assertThat(readChanged(document -> at(document, "/operations/0/io/input/fields/2/constraints")
                        .put("minimum", 20)))
                .hasMessage("operations[0].io.input.fields[2]: field 'priority': minimum is greater than maximum");
        assertThat(readChanged(document -> at(document, "/operations/0/deprecation").put("sunset", "2027-02-30")))
                .hasMessageStartingWith("operations[0].deprecation: Text '2027-02-30' could not be parsed");
        assertThat(readChanged(document -> at(document, "/capabilities/0/requires/0").put("version", "1.0")))
                .hasMessageStartingWith("capabilities[0].requires[0]: ");
    }

    @Test
    void reportsAnInvalidSpecAtItsEntry() {
        assertThat(readChanged(document -> ((ArrayNode) at(document, "/operations/0").get("owners")).removeAll()))
                .hasMessage("operations[0]: operation workflow.instance.resume@1.1.0:"
                        + " owners must not be empty for a deprecated spec");
    }

    @Test
    void rejectsAnExampleWithBothOutputAndError() {
        assertThat(readChanged(document -> at(document, "/operations/0/acceptance/examples/1").putObject("output")))
                .hasMessage("operations[0].acceptance.examples[1]: an example has either an 'output' or an 'error',"
                        + " not both");
    }

    @Test
    void rejectsDuplicateEntries() {
        assertThat(readChanged(document -> ((ArrayNode) document.get("events")).add(document.get("events").get(0))))
                .hasMessage("events[1]: duplicate event workflow.instance.resumed@1.0.0 (also at events[0])");
    }

    @Test
    void namesThePathOfADuplicateKey() {
        String text = "{\"snapshotVersion\": 1, \"events\": [{\"key\": \"a\", \"key\": \"b\"}]}";
        SnapshotException e = catchThrowableOfType(SnapshotException.class, () -> Snapshot.read(text));
        assertThat(e.path()).isEqualTo("events[0].key");
        assertThat(e.reason()).startsWith("malformed JSON: Duplicate field 'key'").contains("line 1, column");
    }

    @Test
    void rejectsMalformedAndTrailingAndEmptyText() {
        assertThatThrownBy(() -> Snapshot.read("{\"snapshotVersion\": 1,"))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> Snapshot.read("{\"snapshotVersion\": 1} {}"))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> Snapshot.read(" "))
                .isInstanceOf(SnapshotException.class).hasMessage("empty document; expected a snapshot object");
        assertThatThrownBy(() -> Snapshot.read("[]"))
                .isInstanceOf(SnapshotException.class).hasMessage("a snapshot is a JSON object, got an array");
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"snapshotVersion\": 1, \"operations\": [], \"x\": \"\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(SnapshotException.class).hasMessageStartingWith("not valid UTF-8");
    }

    @Test
    void findsABytePastAsciiWhereverItIs() {
        String text = "{\"snapshotVersion\": 1, \"x\": \"" + "a".repeat(21) + "\"}";
        for (int at = text.indexOf('a'); at <= text.lastIndexOf('a'); at++) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            bytes[at] = (byte) 0xE9;
            assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(SnapshotException.class).hasMessageStartingWith("not valid UTF-8");
        }
    }

    @Test
    void rejectsNumbersThatCannotBeWrittenBackInPlainForm() {
        String text = "{\"snapshotVersion\": 1, \"operations\": [{\"acceptance\": {\"examples\": [{\"input\": 1e999999}]}}]}";
        assertThatThrownBy(() -> Snapshot.read(text))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("operations[0].acceptance.examples[0].input: number has more than 1000 digits in plain form");
        ObjectNode tree = Snapshot.toJson(SnapshotFixtures.golden());
        at(tree, "/operations/0/acceptance/examples/0/input").put("ratio", Double.NaN);
        assertThatThrownBy(() -> Snapshot.fromJson(tree))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("operations[0].acceptance.examples[0].input.ratio: not a finite number");
    }

    @Test
    void namesANonFiniteNumberWhereAnIntegerBelongs() {
        ObjectNode tree = Snapshot.toJson(SnapshotFixtures.golden());
        tree.put("snapshotVersion", Double.NaN);
        assertThatThrownBy(() -> Snapshot.fromJson(tree))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("snapshotVersion: expected an integer, got a number that is not finite");
        tree.put("snapshotVersion", Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Snapshot.fromJson(tree))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("snapshotVersion: expected an integer, got a number that is not finite");
    }

    @Test
    void readsADocumentThatLeavesOutDefaults() {
        String minimal = """
                {
                  "snapshotVersion": 1,
                  "operations": [{
                    "key": "orders.order.get", "version": "1.0.0", "kind": "query", "stability": "idea",
                    "io": {"output": {"name": "Order", "fields": [{"name": "id", "type": {"kind": "scalar", "name": "ID"}}]}}
                  }]
                }
                """;
        OperationSpec operation = Snapshot.read(minimal).operation("orders.order.get").orElseThrow();
        assertThat(operation.input()).isEmpty();
        assertThat(operation.policy()).isEqualTo(Policy.DEFAULT);
        assertThat(operation.successStatus()).isEqualTo(200);
        assertThat(operation.source()).isEqualTo(SourceLocation.NONE);
        assertThat(operation.output().fields().get(0).isRequired()).isTrue();
    }
}
