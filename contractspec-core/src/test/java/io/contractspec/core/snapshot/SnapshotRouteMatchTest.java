package io.contractspec.core.snapshot;

import static io.contractspec.core.Contracts.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.RestRoute.Match;
import io.contractspec.core.spec.SpecType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/** A route's matched header or query value and the HEAD method survive the snapshot; bad matches are refused. */
class SnapshotRouteMatchTest {

    private static OperationBuilder put() {
        return command("store.item.put", "1.0.0")
                .input(Model.builder("PutItemInput").required("key", Scalar.STRING).build())
                .output(Model.builder("Stored").required("key", Scalar.STRING).build());
    }

    @Test
    void readsBackTheMatchedValue() {
        OperationSpec spec = put().rest(RestRoute.Method.POST, "/", Match.header("X-Amz-Target", "Store.PutItem")).build();
        ObjectNode entry = Snapshot.toJson(spec);

        assertThat(entry.at("/transport/rest/match").toString())
                .isEqualTo("{\"in\":\"header\",\"name\":\"X-Amz-Target\",\"value\":\"Store.PutItem\"}");
        assertThat(Snapshot.fromJson(SpecType.OPERATION, entry)).isEqualTo(spec);
        assertThat(spec.transport().rest().orElseThrow()).hasToString("POST / [header X-Amz-Target=Store.PutItem]");
    }

    @Test
    void writesNoMatchKeyForAPlainRouteAndReadsHead() {
        OperationSpec spec = put().rest(RestRoute.Method.HEAD, "/items/{key}").build();
        ObjectNode entry = Snapshot.toJson(spec);

        assertThat(entry.at("/transport/rest").has("match")).isFalse();
        assertThat(Snapshot.fromJson(SpecType.OPERATION, entry)).isEqualTo(spec);
    }

    @Test
    void refusesAPathMatchABoundParameterABadNameAndABlankValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> put().rest(RestRoute.Method.POST, "/",
                new Match(io.contractspec.core.spec.ParameterBinding.Location.PATH, "key", "a")).build())
                .withMessageContaining("not a path segment");
        assertThatIllegalArgumentException().isThrownBy(() -> put().header("x-amz-target", "key")
                        .rest(RestRoute.Method.POST, "/", Match.header("X-Amz-Target", "Store.PutItem")).build())
                .withMessageContaining("also binds to an input field");
        assertThatIllegalArgumentException().isThrownBy(() -> Match.header("X Target", "a"))
                .withMessageContaining("'X Target' is not a header parameter name");
        assertThatIllegalArgumentException().isThrownBy(() -> Match.query("Action", " "))
                .withMessageContaining("must be visible ASCII");
    }
}
