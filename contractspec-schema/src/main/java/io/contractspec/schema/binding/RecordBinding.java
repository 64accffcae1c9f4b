package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Model;
import java.util.Objects;

/**
 * A {@link Model} bound to a Java record, so that handlers work with typed values:
 *
 * <pre>{@code
 * static final RecordBinding<PauseResumeInput> BINDING =
 *         RecordBinding.of(PAUSE_RESUME_INPUT, PauseResumeInput.class);
 *
 * PauseResumeInput input = BINDING.read(payload);   // after PAUSE_RESUME_INPUT.validate(payload)
 * ObjectNode wire = BINDING.write(input);
 * }</pre>
 *
 * <p>{@link #of} checks the record against the model once, nested models included, and throws an
 * {@link IllegalArgumentException} listing every mismatch. Bindings are immutable and thread-safe;
 * create one per model and keep it.
 *
 * <h2>Fields and components</h2>
 * Each model field binds to the record component of the same name. Every component needs a field;
 * every required field needs a component; an optional field without a component is never read and
 * never written. A nested model binds to a nested record type, checked the same way; an array field
 * to a {@code List<X>} (read as an unmodifiable list). An optional or nullable field binds to a
 * reference type, null when the field is absent or null, or to {@code Optional<X>}, empty then; a
 * primitive component cannot, and {@code Optional} is refused for a field that is required and not
 * nullable. An optional field with a declared default reads as that default when absent, so it may
 * bind to a primitive ({@code int priority} for a priority defaulting to 50).
 *
 * <h2>Java types</h2>
 * <table>
 * <caption>Schema types and the Java types they bind to</caption>
 * <tr><th>Schema type</th><th>Java types</th></tr>
 * <tr><td>String, NonEmptyString, ID, EmailAddress, PhoneNumber, CountryCode</td><td>{@code String}</td></tr>
 * <tr><td>URL</td><td>{@code String}, {@code java.net.URI}</td></tr>
 * <tr><td>Int</td><td>{@code long}, {@code Long}, {@code int}, {@code Integer}, {@code BigInteger}
 *     (reading a value outside the int range into {@code int}/{@code Integer} fails)</td></tr>
 * <tr><td>Float, Latitude, Longitude</td><td>{@code double}, {@code Double}, {@code BigDecimal}</td></tr>
 * <tr><td>Boolean</td><td>{@code boolean}, {@code Boolean}</td></tr>
 * <tr><td>Date</td><td>{@code LocalDate}, {@code String}</td></tr>
 * <tr><td>DateTime</td><td>{@code OffsetDateTime}, {@code Instant} (written in UTC), {@code String}</td></tr>
 * <tr><td>Time</td><td>{@code LocalTime}, {@code String}</td></tr>
 * <tr><td>UUID</td><td>{@code java.util.UUID}, {@code String}</td></tr>
 * <tr><td>Locale</td><td>{@code java.util.Locale} (by language tag), {@code String}</td></tr>
 * <tr><td>TimeZone</td><td>{@code java.time.ZoneId} (region ids only), {@code String}</td></tr>
 * <tr><td>Currency</td><td>{@code java.util.Currency}, {@code String}</td></tr>
 * <tr><td>JSON</td><td>{@code JsonNode}</td></tr>
 * <tr><td>JSONObject</td><td>{@code ObjectNode}, {@code JsonNode}, {@code Map<String, Object>}
 *     (values are maps, lists, strings, numbers, booleans and null)</td></tr>
 * <tr><td>an enum</td><td>a Java enum, {@code String}</td></tr>
 * <tr><td>a model</td><td>a record</td></tr>
 * </table>
 *
 * <p>A Java enum binds when its constants and the wire values match one-to-one, comparing both
 * lower-cased with {@code -} read as {@code _}: {@code RUNNING ↔ "running"},
 * {@code REQUEST_CHANGES ↔ "request_changes"}, {@code TIMED_OUT ↔ "timed-out"}.
 *
 * <h2>Reading and writing</h2>
 * {@link #read} assumes a payload already valid against the model and fails with a
 * {@link BindingException} if it is not. {@link #write} produces fields in model order; an optional
 * field whose component is null or empty is left out, a nullable one is written as JSON null (so an
 * optional, nullable field sent as null reads back as absent). Typed values are written in canonical
 * form: dates as {@code 2024-05-01}, times as {@code 10:15:00}, date-times as
 * {@code 2024-05-01T10:15:30.5Z} (always with seconds, upper-case {@code T} and {@code Z}), UUIDs in
 * lower case, locales as {@code Locale.toLanguageTag()}. Values the wire cannot carry (a null
 * required component, NaN, a year after 9999, an offset with seconds) fail with a
 * {@link BindingException}. String components, value constraints and scalar ranges are written as
 * given; validate the output when they come from outside.
 *
 * @param <R> the record type
 */
public final class RecordBinding<R extends Record> {

    private final Model model;
    private final Class<R> recordType;
    private final RecordCodec codec;

    private RecordBinding(Model model, Class<R> recordType, RecordCodec codec) {
        this.model = model;
        this.recordType = recordType;
        this.codec = codec;
    }

    /**
     * Binds the model to the record type.
     *
     * @throws IllegalArgumentException naming the model, each mismatched field and its problem
     */
    public static <R extends Record> RecordBinding<R> of(Model model, Class<R> recordType) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(recordType, "recordType");
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException("Cannot bind model " + model.name() + ": " + recordType.getName()
                    + " is not a record class");
        }
        return new RecordBinding<>(model, recordType, RecordBinder.bind(model, recordType));
    }

    public Model model() {
        return model;
    }

    public Class<R> recordType() {
        return recordType;
    }

    /**
     * The record for a payload that is valid against the model.
     *
     * @throws BindingException when the payload does not fit (it was not validated), or the record's
     *     constructor rejects the values
     */
    public R read(JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        try {
            return recordType.cast(codec.read(payload));
        } catch (Failure e) {
            throw exception(e);
        }
    }

    /**
     * The wire form of the record, fields in model order.
     *
     * @throws BindingException when the record holds a value the model cannot carry
     */
    public ObjectNode write(R record) {
        Objects.requireNonNull(record, "record");
        try {
            return codec.write(record);
        } catch (Failure e) {
            throw exception(e);
        }
    }

    private BindingException exception(Failure failure) {
        return new BindingException(model.name(), failure.path(), failure.getMessage(), failure.getCause());
    }

    @Override
    public String toString() {
        return "RecordBinding[" + model.name() + " ↔ " + recordType.getName() + "]";
    }
}
