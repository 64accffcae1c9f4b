package io.contractspec.rest.internal;

import static io.contractspec.core.Contracts.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final Model ID_INPUT = Model.builder("IdInput").required("id", Scalar.ID).build();
    private static final Model OUT = Model.builder("Out").optional("ok", Scalar.BOOLEAN).build();

    private static OperationSpec query(String key, String version, String path) {
        var builder = Contracts.query(key, version).input(ID_INPUT).output(OUT).policy(auth(AuthLevel.ANONYMOUS));
        return path == null ? builder.build() : builder.rest(RestRoute.Method.GET, path).build();
    }

    private static RouteTable table(String base, OperationSpec... operations) {
        return RouteTable.of(ContractRegistry.builder().register(operations).build(), base);
    }

    @Test
    void putsDefaultRoutesUnderTheNormalizedBasePath() {
        OperationRoute route = table("api/", query("shop.order.get", "2.1.0", null)).routes().get(0);

        assertThat(route.path()).isEqualTo("/api/shop/order/get/v2.1.0");
        assertThat(route.method()).isEqualTo(RestRoute.Method.GET);
        assertThat(route.override()).isFalse();
    }

    @Test
    void ordersLiteralSegmentsBeforePlaceholders() {
        RouteTable table = table("", query("a.get", "1.0.0", "/things/{id}"), query("a.mine", "1.0.0", "/things/mine"));

        assertThat(table.routes()).extracting(OperationRoute::path).containsExactly("/things/mine", "/things/{id}");
    }

    @Test
    void givesASharedOverrideToTheHighestVersionAndTheDefaultRouteToTheOthers() {
        RouteTable table = table("", query("a.get", "1.0.0", "/things/{id}"), query("a.get", "1.2.0", "/things/{id}"));

        assertThat(table.routes()).extracting(OperationRoute::path)
                .containsExactlyInAnyOrder("/things/{id}", "/a/get/v1.0.0");
        assertThat(table.routes().stream().filter(OperationRoute::override).findFirst().orElseThrow().operation().version())
                .isEqualTo("1.2.0");
    }

    @Test
    void refusesTwoOperationsOnOneRoute() {
        assertThatThrownBy(() -> table("", query("a.get", "1.0.0", "/things/{id}"), query("b.get", "1.0.0", "/things/{id}")))
                .hasMessageContaining("a.get@1.0.0").hasMessageContaining("b.get@1.0.0");
    }

    @Test
    void refusesTwoRoutesOfOneShape() {
        Model other = Model.builder("KeyInput").required("key", Scalar.ID).build();
        OperationSpec byKey = Contracts.query("b.get", "1.0.0").input(other).output(OUT)
                .rest(RestRoute.Method.GET, "/things/{key}").build();

        assertThatThrownBy(() -> table("", query("a.get", "1.0.0", "/things/{id}"), byKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collides");
    }

    @Test
    void letsOperationsShareARouteWhenEachMatchesItsOwnValue() {
        RouteTable table = table("", matched("a.put", "/things/{id}", "Put"), matched("a.get", "/things/{id}", "Get"),
                query("a.other", "1.0.0", "/things/{id}"));

        assertThat(table.groups()).hasSize(1);
        assertThat(table.groups().get(0)).extracting(route -> route.operation().key())
                .containsExactlyInAnyOrder("a.put", "a.get", "a.other");
        assertThat(table.groups().get(0).get(2).match()).isEmpty(); // the route without a match comes last
    }

    @Test
    void refusesTwoOperationsMatchingOneValueAndSharedRoutesWithOtherPlaceholderNames() {
        assertThatThrownBy(() -> table("", matched("a.put", "/things/{id}", "Put"), matched("b.put", "/things/{id}", "Put")))
                .hasMessageContaining("[header X-Op=Put] is declared by both a.put@1.0.0 and b.put@1.0.0");
        Model other = Model.builder("KeyInput").required("key", Scalar.ID).build();
        OperationSpec byKey = Contracts.query("b.get", "1.0.0").input(other).output(OUT)
                .rest(RestRoute.Method.GET, "/things/{key}", RestRoute.Match.header("X-Op", "Other")).build();
        assertThatThrownBy(() -> table("", matched("a.put", "/things/{id}", "Put"), byKey))
                .hasMessageContaining("other placeholder names");
    }

    private static OperationSpec matched(String key, String path, String value) {
        return Contracts.query(key, "1.0.0").input(ID_INPUT).output(OUT).policy(auth(AuthLevel.ANONYMOUS))
                .rest(RestRoute.Method.GET, path, RestRoute.Match.header("X-Op", value)).build();
    }
}
