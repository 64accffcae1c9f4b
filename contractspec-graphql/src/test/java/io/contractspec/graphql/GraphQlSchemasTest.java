package io.contractspec.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphQlSchemasTest {

    private final String sdl = GraphQlSchemas.sdl(Shop.REGISTRY);

    @Test
    void queriesAndCommandsAreRootFieldsNamedByTheSharedSchemeWithOneInputArgument() {
        assertThat(sdl).contains("type Query {", "shopOrderGet(input: OrderIdInput!): Order",
                "type Mutation {", "shopOrderPlace(input: PlaceOrderInput!): Order",
                "type Subscription {", "shopOrderPlaced: Order!");
    }

    @Test
    void aModelUsedBothWaysIsAnObjectTypeAndAnInputTypeWithSuffix() {
        assertThat(sdl).contains("type Address {", "input AddressInput {", "address: AddressInput!", "address: Address!");
    }

    @Test
    void enumsAreGraphQlEnumsWithWireValuesMappedToValidNames() {
        assertThat(sdl).contains("enum OrderStatus {", "  PENDING", "  IN_PROGRESS", "  REQUEST_CHANGES", "Wire value `in-progress`.");
        assertThat(GraphQlSchemas.enumValueName("2fa")).isEqualTo("_2FA");
    }

    @Test
    void scalarsAreTheContractsOwnAndIntIsLongUnlessBoundedTo32Bits() {
        assertThat(sdl).contains("scalar DateTime", "scalar EmailAddress", "scalar CountryCode", "scalar JSON",
                "scalar NonEmptyString", "scalar Long", "quantity: Int!", "total: Long", "tags: [String!]");
    }

    @Test
    void descriptionsAndDeprecationsCarryOver() {
        assertThat(sdl).contains("Place an order.", "\"A postal address.\"", "\"Street and number.\"",
                "@deprecated(reason : \"Deprecated. Use shop.order.get@1.0.0. Removed after 2027-01-01.\")");
    }

    @Test
    void aPaginatedQueryIsARelayConnectionKeepingItsInputAndOtherOutputFields() {
        assertThat(sdl).contains("shopOrderList(input: ListOrdersInput): OrderConnection",
                "type OrderConnection {", "edges: [OrderEdge!]!", "nodes: [Order!]!", "pageInfo: PageInfo!", "total: Int!",
                "type OrderEdge {", "node: Order!", "cursor: String",
                "type PageInfo {", "hasNextPage: Boolean!", "endCursor: String",
                "input ListOrdersInput {", "cursor: String", "limit: Int");
        assertThat(sdl).doesNotContain("type OrderPage", "nextCursor", "orders:");
    }

    @Test
    void theSdlIsDeterministic() {
        assertThat(GraphQlSchemas.sdl(Shop.REGISTRY)).isEqualTo(sdl);
    }
}
