package io.contractspec.codegen;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Union;
import java.time.LocalDate;

/**
 * A small registry with every shape the generators handle: path, query, header and body fields,
 * enums, unions, maps, constants, events.
 */
final class CodegenContracts {

    static final EnumType ITEM_STATUS = EnumType.builder("ItemStatus").description("Where an item is in its life.")
            .value("active", "In use.").value("archived").build();

    static final Model BOUGHT = Model.builder("Bought").required("source", STRING).required("price", INT).build();
    static final Model MADE = Model.builder("Made").required("source", STRING).required("maker", STRING).build();
    static final Union ORIGIN = Union.builder("Origin").description("Where an item comes from.").discriminator("source")
            .variant("bought", BOUGHT).variant("made", MADE).build();
    static final Union CODE = Union.builder("Code").variant(INT).variant(STRING).build();

    static final Model ITEM = Model.builder("Item").description("A thing we keep.")
            .required("id", INT, "The item's number.")
            .required("name", NON_EMPTY_STRING)
            .field(Field.optional("tags", STRING).array())
            .field(Field.optional("note", STRING).nullable())
            .optional("status", ITEM_STATUS)
            .optional("attributes", JSON_OBJECT, "Free-form attributes.")
            .optional("origin", ORIGIN)
            .field(Field.optional("codes", CODE).array().nullableItems())
            .field(Field.optional("stock", INT).map())
            .field(Field.optional("kind", STRING).constant("item"))
            .build();

    static final Model LIST_INPUT = Model.builder("ListItemsInput")
            .field(Field.optional("limit", INT).minimum(1).maximum(100).defaultValue(20))
            .optional("status", ITEM_STATUS)
            .optional("cursor", STRING, "The nextCursor of the previous page.")
            .build();

    static final Model ITEM_LIST = Model.builder("ItemList")
            .field(Field.required("items", ITEM).array())
            .optional("nextCursor", STRING, "The next page's cursor; absent on the last page.")
            .build();

    static final OperationSpec LIST = Contracts.query("shop.item.list", "1.0.0")
            .description("List items.").input(LIST_INPUT).output(ITEM_LIST).policy(auth(ANONYMOUS))
            .paginated("cursor", "nextCursor", "limit", "items")
            .build();

    static final Model ITEM_ID_INPUT = Model.builder("ItemIdInput").required("itemId", INT).build();

    static final OperationSpec GET = Contracts.query("shop.item.get", "1.0.0")
            .description("Get an item.").input(ITEM_ID_INPUT).output(ITEM).policy(auth(ANONYMOUS))
            .error("ITEM_GONE", 410, "the item was purged")
            .rest(RestRoute.Method.GET, "/items/{itemId}")
            .build();

    static final Model ARCHIVE_INPUT = Model.builder("ArchiveItemInput")
            .required("itemId", INT)
            .optional("reason", STRING)
            .optional("comment", STRING)
            .build();

    static final OperationSpec ARCHIVE_V1 = Contracts.command("shop.item.archive", "1.0.0")
            .description("Archive an item.").stability(Stability.DEPRECATED).owners("@shop")
            .deprecation(LocalDate.of(2027, 1, 1), Contracts.ref("shop.item.archive", "2.0.0"))
            .input(ARCHIVE_INPUT).output(ITEM).policy(auth(USER))
            .header("X-Archive-Reason", "reason")
            .rest(RestRoute.Method.POST, "/items/{itemId}/archive")
            .build();

    static final OperationSpec ARCHIVE_V2 = Contracts.command("shop.item.archive", "2.0.0")
            .description("Archive an item, with a comment.").input(ARCHIVE_INPUT).output(ITEM).policy(auth(USER))
            .rest(RestRoute.Method.POST, "/v2/items/{itemId}/archive")
            .example("archive", json("{itemId: 7, comment: 'sold'}"), json("{id: 7, name: 'pen'}"))
            .build();

    static final EventSpec ARCHIVED = Contracts.event("shop.item.archived", "1.0.0")
            .description("An item was archived.")
            .payload(Model.builder("ItemArchived").required("itemId", INT).optional("reason", STRING)
                    .optional("details", JSON_OBJECT).build())
            .partitionKey("itemId")
            .build();

    static final ContractRegistry REGISTRY = ContractRegistry.builder()
            .register(LIST, GET, ARCHIVE_V1, ARCHIVE_V2, ARCHIVED)
            .build();

    private CodegenContracts() {}
}
