package io.contractspec.testing;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonSubsetTest {

    private static Optional<String> check(String expected, String actual) {
        return JsonSubset.check(json(expected), json(actual));
    }

    @Test
    void acceptsAnObjectWithExtraKeys() {
        assertThat(check("{id: 'inst-456', status: 'running'}", "{id: 'inst-456', status: 'running', priority: 3}")).isEmpty();
    }

    @Test
    void comparesNestedObjectsRecursively() {
        assertThat(check("{owner: {id: 'u-1'}}", "{owner: {id: 'u-1', name: 'Ann'}}")).isEmpty();
        assertThat(check("{owner: {id: 'u-1'}}", "{owner: {id: 'u-2'}}"))
                .contains("$.owner.id: expected \"u-1\" but was \"u-2\"");
    }

    @Test
    void reportsAMissingKeyWithItsPath() {
        assertThat(check("{owner: {id: 'u-1'}}", "{owner: {}}"))
                .contains("$.owner.id: expected a string \"u-1\" but the field is missing");
    }

    @Test
    void comparesNumbersByValue() {
        assertThat(check("{total: 1}", "{total: 1.0}")).isEmpty();
        assertThat(check("{total: 1.0}", "{total: 1}")).isEmpty();
        assertThat(check("{total: 1e2}", "{total: 100}")).isEmpty();
        assertThat(check("{total: 1}", "{total: 1.5}")).contains("$.total: expected 1 but was 1.5");
    }

    @Test
    void requiresArraysOfTheSameLengthMatchedElementByElement() {
        assertThat(check("[{id: 1}, {id: 2}]", "[{id: 1, a: true}, {id: 2, b: false}]")).isEmpty();
        assertThat(check("[{id: 1}]", "[{id: 1}, {id: 2}]"))
                .contains("$: expected an array of 1 element(s) but was one of 2: [{\"id\":1},{\"id\":2}]");
        assertThat(check("{items: [{qty: 1}, {qty: 2}]}", "{items: [{qty: 1}, {qty: 3}]}"))
                .contains("$.items[1].qty: expected 2 but was 3");
    }

    @Test
    void tellsNullFromMissing() {
        assertThat(check("{note: null}", "{note: null}")).isEmpty();
        assertThat(check("{note: null}", "{}")).contains("$.note: expected null but the field is missing");
        assertThat(check("{note: null}", "{note: 'x'}")).contains("$.note: expected null but was a string \"x\"");
        assertThat(check("{note: 'x'}", "{note: null}")).contains("$.note: expected a string \"x\" but was null");
        assertThat(check("{}", "{note: null}")).isEmpty();
    }

    @Test
    void namesBothTypesOnATypeMismatch() {
        assertThat(check("{count: '1'}", "{count: 1}")).contains("$.count: expected a string \"1\" but was a number 1");
        assertThat(check("{flag: true}", "{flag: 'true'}"))
                .contains("$.flag: expected a boolean true but was a string \"true\"");
        assertThat(check("{tags: ['a']}", "{tags: {a: 1}}"))
                .contains("$.tags: expected an array [\"a\"] but was an object {\"a\":1}");
    }

    @Test
    void comparesScalarsAtTheRoot() {
        assertThat(check("'running'", "'running'")).isEmpty();
        assertThat(check("true", "false")).contains("$: expected true but was false");
    }

    @Test
    void quotesKeysThatAreNotSimpleNames() {
        assertThat(check("{'content-type': 'json'}", "{'content-type': 'xml'}"))
                .contains("$['content-type']: expected \"json\" but was \"xml\"");
    }

    @Test
    void reportsTheFirstMismatchOnly() {
        assertThat(check("{a: 1, b: 2}", "{a: 9, b: 9}")).contains("$.a: expected 1 but was 9");
        assertThat(JsonSubset.isSubset(json("{a: 1}"), json("{a: 1, b: 2}"))).isTrue();
    }
}
