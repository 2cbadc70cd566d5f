package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R8, D8: the payer's country's rate, any case; none or an unknown one is taxed at 0 with a warning. */
class PayerTaxTest {

    private static final AccountId PAYER = new AccountId("111111111111");

    @ParameterizedTest(name = "country [{0}] → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "US | US | 0 |",
            "kr | KR | 0.10 |",
            "' de ' | DE | 0.19 |",
            "'' | '' | 0 | payer 111111111111 has no country: taxed at 0",
            "'  ' | '' | 0 | payer 111111111111 has no country: taxed at 0",
            " | '' | 0 | payer 111111111111 has no country: taxed at 0",
            "zz | ZZ | 0 | country ZZ of payer 111111111111 is not in the tax table: taxed at 0"})
    void thePayerIsTaxedAtItsCountrysRate(String country, String code, String rate, String warning) {
        PayerTax tax = PayerTax.of(BillingMonths.TAXES, PAYER, country);
        assertThat(tax.rate().country()).isEqualTo(code);
        assertThat(tax.rate().rate()).isEqualByComparingTo(rate);
        assertThat(tax.warning()).isEqualTo(Optional.ofNullable(warning));
    }

    @Test
    void theWarningIsGivenOnlyForAPayerThatIsBilled() {
        PayerTax unknown = PayerTax.of(BillingMonths.TAXES, PAYER, "ZZ");
        assertThat(unknown.warnings(true)).containsExactly(
                "country ZZ of payer 111111111111 is not in the tax table: taxed at 0");
        assertThat(unknown.warnings(false)).isEmpty();
        assertThat(PayerTax.of(BillingMonths.TAXES, PAYER, "DE").warnings(true)).isEmpty();
        assertThat(PayerTax.of(BillingMonths.TAXES, PAYER, "DE").rate().rate()).isEqualTo(new BigDecimal("0.19"));
    }
}
