package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An account's name is printed on one line: runs of whitespace as one space, none at its ends. */
class DocumentInputsTest {

    private static final AccountId ID = new AccountId("100000000001");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final char[] CHARACTERS = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u2003', '\u00A0',
            ',', 'é', '한'};

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Acme Dev Shop|Acme Dev Shop",
        "'Bright Analytics, GmbH'|'Bright Analytics, GmbH'",
        "'  Two  spaces  '|Two spaces",
        "'Line\nbreak'|Line break",
        "'Tab\tand\r\nCRLF'|Tab and CRLF",
        "'\u2003Em space at the start'|Em space at the start",
        "''|''"})
    void printedOnOneLine(String name, String printed) {
        assertThat(inputs(name).name(ID)).isEqualTo(printed);
    }

    @Test
    void anUnknownAccountHasNoName() {
        assertThat(inputs("x").name(new AccountId("999999999999"))).isEmpty();
    }

    @RepeatedTest(200)
    void asCollapsingWhitespaceAndStrippingWould() {
        Random random = new Random();
        StringBuilder name = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            name.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
        }
        String expected = WHITESPACE.matcher(name).replaceAll(" ").strip();
        assertThat(inputs(name.toString()).name(ID)).as("[%s]", name).isEqualTo(expected);
    }

    private static DocumentInputs inputs(String name) {
        return new DocumentInputs(Map.of(ID, new Account(ID, name, ID, "US")), null, Map.of(), LocalDate.of(2026, 4, 1));
    }
}
