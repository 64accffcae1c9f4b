package io.contractspec.testing.rest;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.schema.Scalar.BOOLEAN;
import static io.contractspec.schema.Scalar.FLOAT;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/**
 * The registry every REST adapter serves for the conformance kit: one operation for each way input
 * is bound (typed query parameters, {@code ?input=}, path parameters, a bound header, a JSON body)
 * and for each status the pipeline answers (declared error, 401, 403 by role and by flag, 429, 500).
 */
@PublicApi
public final class ConformanceContracts {

    public static final EnumType ITEM_STATUS = EnumType.of("ItemStatus", "active", "archived");

    public static final Model ITEM = Model.builder("Item")
            .required("id", INT, "The item's number.")
            .required("name", NON_EMPTY_STRING)
            .field(Field.optional("tags", STRING).array())
            .optional("status", ITEM_STATUS)
            .build();

    /** Every query-parameter shape: bounded Int, array, Boolean, enum, Float, object. */
    public static final Model LIST_INPUT = Model.builder("ListItemsInput")
            .field(Field.optional("limit", INT).minimum(1).maximum(100).defaultValue(20))
            .field(Field.optional("tags", STRING).array())
            .optional("active", BOOLEAN)
            .optional("status", ITEM_STATUS)
            .optional("minPrice", FLOAT)
            .optional("filter", JSON_OBJECT)
            .build();

    /** The list query answers with the input it received, so tests see how parameters were bound. */
    public static final Model ECHO = Model.builder("Echo")
            .required("input", JSON_OBJECT, "The input as the handler received it.")
            .build();

    public static final OperationSpec LIST = Contracts.query("test.items.list", "1.0.0")
            .description("List items.").tags("items")
            .input(LIST_INPUT).output(ECHO).policy(auth(ANONYMOUS))
            .example("list-active", json("{active: true, limit: 5}"), json("{input: {active: true, limit: 5}}"))
            .build();

    public static final Model ITEM_ID_INPUT = Model.builder("ItemIdInput").required("itemId", INT).build();

    public static final OperationSpec GET_ITEM = Contracts.query("test.items.get", "1.0.0")
            .description("Get an item.").input(ITEM_ID_INPUT).output(ITEM).policy(auth(ANONYMOUS))
            .error("NOT_FOUND", 404, "no item with this number")
            .rest(RestRoute.Method.GET, "/items/{itemId}")
            .example("get-item", json("{itemId: 7}"), json("{id: 7, name: 'seven'}"))
            .exampleError("get-missing", json("{itemId: 404}"), "NOT_FOUND")
            .build();

    public static final Model CREATE_INPUT = Model.builder("CreateItemInput")
            .required("name", NON_EMPTY_STRING)
            .optional("price", FLOAT)
            .field(Field.optional("tags", STRING).array())
            .build();

    public static final OperationSpec CREATE = Contracts.command("test.items.create", "1.0.0")
            .description("Create an item.").input(CREATE_INPUT).output(ITEM).successStatus(201)
            .policy(auth(ANONYMOUS))
            .example("create-pen", json("{name: 'pen', price: 1.5}"), json("{id: 1, name: 'pen'}"))
            .exampleError("create-nameless", json("{price: 2}"), "VALIDATION_FAILED")
            .build();

    public static final Model ARCHIVE_INPUT = Model.builder("ArchiveItemInput")
            .required("itemId", INT)
            .optional("reason", STRING)
            .build();

    public static final OperationSpec ARCHIVE = Contracts.command("test.items.archive", "1.0.0")
            .description("Archive an item.").stability(Stability.DEPRECATED).owners("@test")
            .input(ARCHIVE_INPUT).output(ITEM).policy(auth(USER))
            .header("X-Archive-Reason", "reason")
            .rest(RestRoute.Method.POST, "/items/{itemId}/archive")
            .build();

    public static final Model PURGED = Model.builder("Purged").required("purged", INT).build();

    public static final OperationSpec PURGE = Contracts.command("test.items.purge", "1.0.0")
            .description("Purge archived items.").output(PURGED)
            .policy(auth(USER).roles("items.admin"))
            .build();

    public static final Model PONG = Model.builder("Pong").required("pong", BOOLEAN).build();

    public static final OperationSpec PING = Contracts.query("test.limited.ping", "1.0.0")
            .description("One call per minute.").output(PONG)
            .policy(auth(ANONYMOUS).rateLimit(RateLimit.global(1)))
            .build();

    public static final OperationSpec EXPLODE = Contracts.command("test.items.explode", "1.0.0")
            .description("Always fails inside the handler.").output(PONG).policy(auth(ANONYMOUS))
            .build();

    public static final Model WHO = Model.builder("Who")
            .required("userId", ID)
            .required("organizationId", STRING)
            .field(Field.required("roles", STRING).array())
            .field(Field.required("permissions", STRING).array())
            .build();

    public static final OperationSpec WHOAMI = Contracts.query("test.session.whoami", "1.0.0")
            .description("The caller as the server sees it.").output(WHO).policy(auth(USER))
            .build();

    public static final OperationSpec BETA = Contracts.query("test.beta.ping", "1.0.0")
            .description("Only with the beta flag.").output(PONG).policy(auth(ANONYMOUS).flags("beta"))
            .build();

    public static final ContractRegistry REGISTRY = ContractRegistry.builder()
            .register(LIST, GET_ITEM, CREATE, ARCHIVE, PURGE, PING, EXPLODE, WHOAMI, BETA)
            .build();

    private ConformanceContracts() {}
}
