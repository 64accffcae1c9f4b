package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.internal.scalar.CodeSetRule;
import io.contractspec.schema.internal.scalar.DateRule;
import io.contractspec.schema.internal.scalar.DateTimeRule;
import io.contractspec.schema.internal.scalar.EmailAddressRule;
import io.contractspec.schema.internal.scalar.FloatRule;
import io.contractspec.schema.internal.scalar.IdRule;
import io.contractspec.schema.internal.scalar.IntRule;
import io.contractspec.schema.internal.scalar.JsonKindRule;
import io.contractspec.schema.internal.scalar.LanguageTagRule;
import io.contractspec.schema.internal.scalar.NonEmptyStringRule;
import io.contractspec.schema.internal.scalar.PhoneNumberRule;
import io.contractspec.schema.internal.scalar.RangeRule;
import io.contractspec.schema.internal.scalar.TimeRule;
import io.contractspec.schema.internal.scalar.UrlRule;
import io.contractspec.schema.internal.scalar.UuidRule;

/**
 * The wire rules of the built-in scalars. Each rule, in {@code internal.scalar}, holds its check and
 * the JSON Schema fragment stating the same check side by side.
 */
public final class ScalarRules {

    private ScalarRules() {}

    public static final ScalarRule STRING = JsonKindRule.string();
    public static final ScalarRule NON_EMPTY_STRING = new NonEmptyStringRule();
    public static final ScalarRule INT = new IntRule();
    public static final ScalarRule FLOAT = new FloatRule();
    public static final ScalarRule BOOLEAN = JsonKindRule.bool();
    public static final ScalarRule ID = new IdRule();
    public static final ScalarRule JSON = JsonKindRule.any();
    public static final ScalarRule JSON_OBJECT = JsonKindRule.object();
    public static final ScalarRule DATE = new DateRule();
    public static final ScalarRule DATE_TIME = new DateTimeRule();
    public static final ScalarRule TIME = new TimeRule();
    public static final ScalarRule EMAIL_ADDRESS = new EmailAddressRule();
    public static final ScalarRule URL = new UrlRule();
    public static final ScalarRule PHONE_NUMBER = new PhoneNumberRule();
    public static final ScalarRule LOCALE = new LanguageTagRule();
    public static final ScalarRule TIME_ZONE = CodeSetRule.timeZones();
    public static final ScalarRule CURRENCY = CodeSetRule.currencies();
    public static final ScalarRule COUNTRY_CODE = CodeSetRule.countries();
    public static final ScalarRule LATITUDE = RangeRule.latitude();
    public static final ScalarRule LONGITUDE = RangeRule.longitude();
    public static final ScalarRule UUID = new UuidRule();

    /** A fresh JSON Schema 2020-12 fragment accepting exactly the values the scalar accepts. */
    public static ObjectNode jsonSchema(Scalar scalar) {
        return scalar.jsonSchema();
    }
}
