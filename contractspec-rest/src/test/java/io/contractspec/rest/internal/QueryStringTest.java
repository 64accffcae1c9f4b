package io.contractspec.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void groupsValuesByNameInOrder() {
        Map<String, List<String>> query = QueryString.parse("a=1&b=2&a=3&flag&empty=&&=x");

        assertThat(query).containsExactly(
                Map.entry("a", List.of("1", "3")), Map.entry("b", List.of("2")), Map.entry("flag", List.of("")),
                Map.entry("empty", List.of("")), Map.entry("", List.of("x")));
    }

    @Test
    void decodesPlusAndPercentEscapesAsUtf8() {
        assertThat(QueryString.parse("q=a+b%2Bc%20%C3%A9%E2%82%AC")).containsEntry("q", List.of("a b+c é€"));
    }

    @Test
    void refusesBadEscapesAndInvalidUtf8() {
        for (String raw : new String[] {"q=%", "q=%4", "q=%ZZ", "q=%C3%28", "q=%FF", "%E2%82=1"}) {
            assertThatThrownBy(() -> QueryString.parse(raw)).as(raw).isInstanceOf(Rejection.class);
        }
    }

    @Test
    void parsesNothingFromAnEmptyQuery() {
        assertThat(QueryString.parse(null)).isEmpty();
        assertThat(QueryString.parse("")).isEmpty();
    }
}
