package io.contractspec.core.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.Contracts;
import io.contractspec.core.naming.SurfaceNames.Surface;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceNamesTest {

    private static final Model OUT = Model.builder("Out").required("id", Scalar.ID).build();

    private static OperationSpec op(String key, String version) {
        return Contracts.command(key, version).output(OUT).build();
    }

    @Test
    void oneVersionGetsPlainNamesOnEverySurface() {
        OperationSpec resume = op("workflow.instance.resume", "1.0.0");
        SurfaceNames names = SurfaceNames.of(List.of(resume));

        assertThat(names.operationId(resume)).isEqualTo("workflowInstanceResume");
        assertThat(names.graphqlField(resume)).isEqualTo("workflowInstanceResume");
        assertThat(names.mcpTool(resume)).isEqualTo("workflow_instance_resume");
        assertThat(names.clientPath(resume)).containsExactly("workflow", "instance", "resume");
        assertThat(names.exposed()).containsExactly(resume);
        assertThat(names.collisions()).isEmpty();
    }

    @Test
    void hyphenatedSegmentsBecomeCamelCaseWordsButStayInToolNames() {
        OperationSpec get = op("sample-app.line-item.get", "1.0.0");
        SurfaceNames names = SurfaceNames.of(List.of(get));

        assertThat(names.operationId(get)).isEqualTo("sampleAppLineItemGet");
        assertThat(names.mcpTool(get)).isEqualTo("sample-app_line-item_get");
        assertThat(names.clientPath(get)).containsExactly("sampleApp", "lineItem", "get");
    }

    @Test
    void majorSuffixOnlyWhenSeveralMajorsOfOneKeyAreExposed() {
        OperationSpec v1 = op("workflow.instance.list", "1.2.0");
        OperationSpec v2 = op("workflow.instance.list", "2.0.0");
        SurfaceNames names = SurfaceNames.of(List.of(v2, v1));

        assertThat(names.operationId(v1)).isEqualTo("workflowInstanceListV1");
        assertThat(names.operationId(v2)).isEqualTo("workflowInstanceListV2");
        assertThat(names.mcpTool(v2)).isEqualTo("workflow_instance_list_v2");
        assertThat(names.clientPath(v2)).containsExactly("workflow", "instance", "listV2");
        assertThat(names.exposed()).containsExactly(v1, v2);
    }

    @Test
    void olderVersionsOfOneMajorAreNotExposedAndCarryTheirWholeVersionInOperationIds() {
        OperationSpec old = op("workflow.instance.list", "1.0.0");
        OperationSpec latest = op("workflow.instance.list", "1.1.0");
        SurfaceNames names = SurfaceNames.of(List.of(latest, old));

        assertThat(names.exposed()).containsExactly(latest);
        assertThat(names.isExposed(old)).isFalse();
        assertThat(names.operationId(latest)).isEqualTo("workflowInstanceList");
        assertThat(names.operationId(old)).isEqualTo("workflowInstanceListV1_0_0");
        assertThat(names.collisions()).isEmpty();
    }

    @Test
    void overridesWinOnTheirSurfaceOnly() {
        OperationSpec resume = Contracts.command("workflow.instance.resume", "1.0.0").output(OUT)
                .graphqlField("resumeInstance").mcpTool("resume").build();
        SurfaceNames names = SurfaceNames.of(List.of(resume));

        assertThat(names.graphqlField(resume)).isEqualTo("resumeInstance");
        assertThat(names.mcpTool(resume)).isEqualTo("resume");
        assertThat(names.operationId(resume)).isEqualTo("workflowInstanceResume");
    }

    @Test
    void keysThatCamelCaseAlikeCollide() {
        OperationSpec dotted = op("a.bc.get", "1.0.0");
        OperationSpec hyphen = op("a.b-c.get", "1.0.0");
        SurfaceNames names = SurfaceNames.of(List.of(dotted, hyphen));

        assertThat(names.collisions()).extracting(SurfaceNames.Collision::surface)
                .contains(Surface.OPENAPI, Surface.GRAPHQL, Surface.CLIENT)
                .doesNotContain(Surface.MCP);
        assertThat(names.collisions().get(0).message()).contains("aBcGet").contains("a.b-c.get@1.0.0");
    }

    @Test
    void anOverrideThatTakesAnotherOperationsNameCollides() {
        OperationSpec pause = op("workflow.instance.pause", "1.0.0");
        OperationSpec resume = Contracts.command("workflow.instance.resume", "1.0.0").output(OUT)
                .mcpTool("workflow_instance_pause").build();

        assertThat(SurfaceNames.of(List.of(pause, resume)).collisions())
                .singleElement().satisfies(collision -> {
                    assertThat(collision.surface()).isEqualTo(Surface.MCP);
                    assertThat(collision.isInvalidName()).isFalse();
                });
    }

    @Test
    void toolNamesLongerThanSixtyFourCharactersAreInvalid() {
        OperationSpec longKey = op("a".repeat(40) + "." + "b".repeat(30), "1.0.0");
        List<SurfaceNames.Collision> collisions = SurfaceNames.of(List.of(longKey)).collisions();

        assertThat(collisions).singleElement().satisfies(collision -> {
            assertThat(collision.isInvalidName()).isTrue();
            assertThat(collision.message()).contains("does not match");
        });
    }

    @Test
    void unknownOperationsAreAProgrammerError() {
        SurfaceNames names = SurfaceNames.of(List.of(op("a.b", "1.0.0")));

        assertThatThrownBy(() -> names.mcpTool(op("a.c", "1.0.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.c@1.0.0");
    }
}
