package io.contractspec.benchmarks.rest;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.schema.Scalar.FLOAT;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The command both Spring routes and the Javalin adapter serve: create an item (name, price, tags)
 * with an audit record per call. Audit records are built as always (input with PII redacted) and
 * counted by a store that keeps none, so that a long run measures the pipeline, not a growing heap.
 */
final class ItemCreateFixture {

    static final String PATH = "/bench/item/create/v1.0.0";
    static final String BODY = "{\"name\":\"Fountain pen\",\"price\":25.5,\"tags\":[\"pens\",\"office\"]}";
    static final String INVALID_BODY = "{\"name\":\"\",\"price\":-1,\"tags\":[\"pens\"]}";

    static final Model NEW_ITEM = Model.builder("NewItem")
            .field(Field.required("name", NON_EMPTY_STRING).maxLength(100))
            .field(Field.required("price", FLOAT).minimum(BigDecimal.ZERO))
            .field(Field.optional("tags", NON_EMPTY_STRING).array().maxItems(10))
            .build();

    static final Model ITEM = Model.builder("Item")
            .required("id", ID)
            .field(Field.required("name", NON_EMPTY_STRING).maxLength(100))
            .required("price", FLOAT)
            .field(Field.optional("tags", NON_EMPTY_STRING).array())
            .build();

    static final OperationSpec CREATE = Contracts.command("bench.item.create", "1.0.0")
            .description("Create an item.").input(NEW_ITEM).output(ITEM).successStatus(201)
            .policy(auth(USER)).audit("bench.item.created")
            .build();

    /** The handler: the item as given, with an id. */
    static final OperationHandler HANDLER = (input, context) -> ((ObjectNode) input).put("id", "item-1");

    private ItemCreateFixture() {}

    static OperationExecutor executor(AuditStore audit) {
        return OperationExecutor.builder(ContractRegistry.builder().register(CREATE).build())
                .handlers(bindings -> bindings.bind(CREATE, HANDLER))
                .auditStore(audit)
                .build();
    }

    /** Counts the audit records it is given and keeps none. */
    static final class CountingAuditStore implements AuditStore {
        final LongAdder records = new LongAdder();

        @Override
        public void append(Transaction transaction, List<AuditRecord> appended) {
            records.add(appended.size());
        }

        @Override
        public List<AuditRecord> query(AuditQuery query) {
            return List.of();
        }

        @Override
        public List<Stored<AuditRecord>> recordsAbout(String subject, long after, int limit) {
            return List.of();
        }
    }
}
