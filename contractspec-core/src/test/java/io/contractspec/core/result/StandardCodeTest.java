package io.contractspec.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StandardCodeTest {

    @ParameterizedTest
    @CsvSource({
        "BAD_REQUEST, 400", "UNAUTHENTICATED, 401", "FORBIDDEN, 403", "NOT_FOUND, 404", "CONFLICT, 409",
        "VALIDATION_FAILED, 422", "RATE_LIMITED, 429", "INTERNAL_ERROR, 500"
    })
    void mapsTheDesignsStandardCodesToTheirStatuses(String code, int status) {
        assertThat(StandardCode.byCode(code)).hasValueSatisfying(standard -> {
            assertThat(standard.status()).isEqualTo(status);
            assertThat(standard.code()).isEqualTo(code);
        });
    }

    @ParameterizedTest
    @EnumSource(StandardCode.class)
    void findsEveryCodeByItsWireName(StandardCode code) {
        assertThat(StandardCode.byCode(code.code())).contains(code);
        assertThat(code.status()).isBetween(400, 599);
        assertThat(code.title()).isNotBlank();
    }

    @Test
    void findsNothingForAnUnknownOrDifferentlyCasedOrMissingCode() {
        assertThat(StandardCode.byCode("APPLICATION_CLOSED")).isEmpty();
        assertThat(StandardCode.byCode("not_found")).isEmpty();
        assertThat(StandardCode.byCode("")).isEmpty();
        assertThat(StandardCode.byCode(null)).isEmpty();
    }

    @Test
    void carriesTheCodeInAContractException() {
        ContractException standard = new ContractException(StandardCode.CONFLICT, "Already submitted");
        ContractException declared = new ContractException("APPLICATION_CLOSED", "Closed yesterday");

        assertThat(standard.code()).isEqualTo("CONFLICT");
        assertThat(standard.detail()).isEqualTo("Already submitted");
        assertThat(declared.code()).isEqualTo("APPLICATION_CLOSED");
        assertThat(declared).hasMessage("Closed yesterday");
    }
}
