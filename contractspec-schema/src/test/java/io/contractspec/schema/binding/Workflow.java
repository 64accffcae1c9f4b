package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A nested model that uses every kind of field, and the records it binds to. */
final class Workflow {

    static final EnumType RUN_STATUS = EnumType.of("RunStatus", "running", "request_changes", "timed-out");

    static final Model STEP = Model.builder("Step")
            .required("key", Scalar.ID)
            .required("status", RUN_STATUS)
            .required("startedAt", Scalar.DATE_TIME)
            .field(Field.optional("finishedAt", Scalar.DATE_TIME).nullable())
            .required("attempts", Scalar.INT)
            .build();

    static final Model RUN = Model.builder("Run")
            .required("id", Scalar.UUID)
            .required("name", Scalar.NON_EMPTY_STRING)
            .required("status", RUN_STATUS)
            .field(Field.required("steps", STEP).array())
            .field(Field.optional("tags", Scalar.STRING).array())
            .required("dueOn", Scalar.DATE)
            .required("remindAt", Scalar.TIME)
            .field(Field.required("owner", Scalar.EMAIL_ADDRESS).nullable())
            .field(Field.required("reviewer", Scalar.EMAIL_ADDRESS).nullable())
            .optional("note", Scalar.STRING)
            .optional("priority", Scalar.INT)
            .required("budget", Scalar.FLOAT)
            .required("weight", Scalar.FLOAT)
            .required("urgent", Scalar.BOOLEAN)
            .required("homepage", Scalar.URL)
            .required("locale", Scalar.LOCALE)
            .required("zone", Scalar.TIME_ZONE)
            .required("currency", Scalar.CURRENCY)
            .required("country", Scalar.COUNTRY_CODE)
            .required("latitude", Scalar.LATITUDE)
            .required("longitude", Scalar.LONGITUDE)
            .required("phone", Scalar.PHONE_NUMBER)
            .optional("metadata", Scalar.JSON_OBJECT)
            .optional("context", Scalar.JSON_OBJECT)
            .optional("payload", Scalar.JSON)
            .build();

    enum RunStatus {
        RUNNING,
        REQUEST_CHANGES,
        TIMED_OUT
    }

    record Step(String key, RunStatus status, OffsetDateTime startedAt, Optional<Instant> finishedAt, long attempts) {}

    /** Components deliberately in a different order from the model's fields. */
    record Run(
            String name,
            UUID id,
            RunStatus status,
            List<Step> steps,
            Optional<List<String>> tags,
            LocalDate dueOn,
            LocalTime remindAt,
            String owner,
            Optional<String> reviewer,
            String note,
            Optional<Integer> priority,
            BigDecimal budget,
            double weight,
            boolean urgent,
            URI homepage,
            Locale locale,
            ZoneId zone,
            Currency currency,
            String country,
            Double latitude,
            Double longitude,
            String phone,
            Map<String, Object> metadata,
            ObjectNode context,
            JsonNode payload) {}

    /** A complete payload in canonical form. */
    static final String FULL = """
            {
              "id": "4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f",
              "name": "Quarterly review",
              "status": "request_changes",
              "steps": [
                {"key": "draft", "status": "running", "startedAt": "2024-05-01T10:15:30Z",
                 "finishedAt": "2024-05-01T11:00:00.25Z", "attempts": 1},
                {"key": "approve", "status": "timed-out", "startedAt": "2024-05-02T08:00:00+02:00",
                 "attempts": 3000000000}
              ],
              "tags": ["finance", "q2"],
              "dueOn": "2024-06-30",
              "remindAt": "09:30:00",
              "owner": "ada@example.com",
              "reviewer": null,
              "note": "first run",
              "priority": 2,
              "budget": 1250.75,
              "weight": 0.5,
              "urgent": true,
              "homepage": "https://example.com/runs/7?view=full",
              "locale": "de-CH",
              "zone": "Europe/Zurich",
              "currency": "CHF",
              "country": "CH",
              "latitude": 47.3769,
              "longitude": 8.5417,
              "phone": "+41446681800",
              "metadata": {"source": "import", "count": 3, "ratio": 0.25, "flags": [true, null], "nested": {"a": "b"}},
              "context": {"trace": "abc"},
              "payload": [1, "two", {"three": 3}]
            }
            """;

    /** Only what is required. */
    static final String MINIMAL = """
            {
              "id": "4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f",
              "name": "Quarterly review",
              "status": "running",
              "steps": [],
              "dueOn": "2024-06-30",
              "remindAt": "09:30:00",
              "owner": null,
              "reviewer": "grace@example.com",
              "budget": 0,
              "weight": 2.5,
              "urgent": false,
              "homepage": "http://example.com",
              "locale": "en",
              "zone": "UTC",
              "currency": "EUR",
              "country": "FR",
              "latitude": -90,
              "longitude": 180,
              "phone": "+12025550123"
            }
            """;

    private Workflow() {}
}
