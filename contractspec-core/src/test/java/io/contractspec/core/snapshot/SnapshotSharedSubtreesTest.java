package io.contractspec.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A snapshot holds a model in full wherever it is used; the reader reads each distinct copy once.
 * Its operations: {@code list} in four versions (indexes 0 to 3), each with an output whose
 * {@code items} field has the type {@code WorkflowInstance}, then {@code resume} (4), whose output
 * is {@code WorkflowInstance}.
 */
class SnapshotSharedSubtreesTest {

    private static ObjectNode document() {
        List<Spec> specs = new ArrayList<>(SnapshotFixtures.goldenSpecs());
        specs.addAll(SnapshotFixtures.versionedQueries());
        return Snapshot.toJson(ContractRegistry.builder().registerAll(specs).build());
    }

    private static ObjectNode at(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(JsonPointer.compile(pointer));
    }

    @Test
    void copiesOfAModelAreReadAsOneInstance() {
        ContractRegistry read = Snapshot.read(CanonicalJson.write(document()));
        List<Model> outputs = read.operations().stream()
                .filter(operation -> operation.key().equals("workflow.instance.list"))
                .map(OperationSpec::output)
                .toList();
        assertThat(outputs).hasSize(4).allSatisfy(output -> assertThat(output).isSameAs(outputs.get(0)));
        assertThat(read.operations().get(4).output()).isEqualTo(SnapshotFixtures.WORKFLOW_INSTANCE);
    }

    @Test
    void aCorruptedCopyFailsAtItsOwnPath() {
        ObjectNode document = document();
        at(document, "/operations/3/io/output/fields/0/type/fields/0/type").put("name", "Strin");
        String expected = "operations[3].io.output.fields[0].type.fields[0].type: unknown scalar 'Strin'";
        assertThatThrownBy(() -> Snapshot.read(CanonicalJson.write(document))).hasMessage(expected);
        assertThatThrownBy(() -> Snapshot.fromJson(document)).hasMessage(expected);
    }

    @Test
    void rejectsAKindOnAStandaloneModelEqualToAFieldTypeReadBefore() {
        ObjectNode document = document();
        // Now equal to the type of list's items field, which was read (as a type) before.
        at(document, "/operations/4/io/output").put("kind", "model");
        assertThatThrownBy(() -> Snapshot.read(CanonicalJson.write(document)))
                .hasMessage("operations[4].io.output.kind: unknown key");
    }
}
