package io.contractspec.runtime.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.result.ContractException;
import io.contractspec.schema.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final byte[] SECRET = "0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8);
    private final CursorCodec codec = CursorCodec.withSecret(SECRET);
    private final String filters = CursorCodec.fingerprint("org_demo", "running", null);

    @Test
    void aCursorCarriesItsPositionBack() {
        String cursor = codec.encode(filters, List.of("2026-12-06T07:00:00Z", "0193-abc"));

        assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor, filters, "cursor")).containsExactly("2026-12-06T07:00:00Z", "0193-abc");
    }

    @Test
    void anotherNodeWithTheSameSecretReadsIt() {
        String cursor = codec.encode(filters, List.of("a"));

        assertThat(CursorCodec.withSecret(SECRET.clone()).decode(cursor, filters, "cursor")).containsExactly("a");
    }

    @Test
    void aTamperedPositionIsRejectedNamingTheField() {
        String cursor = codec.encode(filters, List.of("2026-12-06T07:00:00Z", "0193-abc"));
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))),
                StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("0193-abc", "0000-000").getBytes(StandardCharsets.UTF_8))
                + cursor.substring(cursor.indexOf('.'));

        assertRejected(() -> codec.decode(forged, filters, "cursor"), "cursor", "cursor_invalid");
    }

    @Test
    void aCursorUsedWithOtherFiltersIsRejected() {
        String cursor = codec.encode(filters, List.of("a"));

        assertRejected(() -> codec.decode(cursor, CursorCodec.fingerprint("org_demo", "paused", null), "cursor"),
                "cursor", "cursor_filters_changed");
    }

    @Test
    void aCursorSignedWithAnotherSecretIsRejected() {
        String cursor = CursorCodec.withSecret("another-secret-of-16-bytes".getBytes(StandardCharsets.UTF_8))
                .encode(filters, List.of("a"));

        assertRejected(() -> codec.decode(cursor, filters, "page.cursor"), "page.cursor", "cursor_invalid");
    }

    @Test
    void garbageIsRejectedNotThrownAsSomethingElse() {
        for (String garbage : List.of("", ".", "abc", "a.b.c", "%%%.%%%", "e30.AAAA", "x".repeat(5000) + ".y",
                "\u0000.\uD800")) {
            assertRejected(() -> codec.decode(garbage, filters, "cursor"), "cursor", "cursor_invalid");
        }
    }

    @Test
    void fingerprintsTellAbsentFromTheWordNull() {
        assertThat(CursorCodec.fingerprint("null")).isNotEqualTo(CursorCodec.fingerprint((Object) null));
        assertThat(CursorCodec.fingerprint("a", "b")).isNotEqualTo(CursorCodec.fingerprint("a,b"));
    }

    @Test
    void refusesAShortSecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> CursorCodec.withSecret(new byte[8]))
                .withMessageContaining("16 bytes");
    }

    @Test
    void aPageKeepsLimitRowsAndContinuesAfterTheLastOneKept() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, codec, filters, item -> List.of(item));

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.hasMore()).isTrue();
        assertThat(codec.decode(page.nextCursor().orElseThrow(), filters, "cursor")).containsExactly("b");

        Page<String> last = Page.of(List.of("a", "b"), 2, codec, filters, item -> List.of(item));
        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.nextCursor()).isEmpty();
    }

    private static void assertRejected(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ContractException.class, thrown -> {
            assertThat(thrown.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(thrown.detail()).startsWith(field + ": ");
            assertThat(thrown.issues()).extracting(Diagnostic::path, Diagnostic::id)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
        });
    }
}
