package com.supportbilling.intake.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.intake.InputRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R1, D9, D53: a catalog file prices plans exactly as written, or is refused with the line at fault. */
class CatalogFileTest {

    private static final String HEADER = "effective_from,plan_code,plan_name,scope,minimum,band_from,rate\n";
    private static final String BASIC = "2000-01-01,BASIC,Basic,ACCOUNT,0,,\n";
    private static final String BUSINESS = """
            2000-01-01,BUSINESS,Business,ACCOUNT,100,0,0.10
            2000-01-01,BUSINESS,Business,ACCOUNT,100,10000,0.07
            2000-01-01,BUSINESS,Business,ACCOUNT,100,80000,0.05
            """;

    @TempDir
    Path dir;

    @Test
    void theShippedCatalogIsR1sTable() {
        assertThat(CatalogFile.defaultCatalog()).isEqualTo(R1Catalog.catalog());
    }

    @Test
    void aWellFormedCatalogIsRead() throws IOException {
        var catalog = CatalogFile.read(write(HEADER + BASIC + BUSINESS));
        assertThat(catalog.inForce(java.time.YearMonth.of(2026, 3)).plan(R1Catalog.code("BUSINESS")).rates()
                .tieredAmount(new java.math.BigDecimal("95000"))).isEqualByComparingTo("6650.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a second band from 10000 | 2000-01-01,BUSINESS,Business,ACCOUNT,100,10000,0.09 | line 6: plan BUSINESS has a second band from 10000 (the first is on line 4)
            a band below the last one | 2000-01-01,BUSINESS,Business,ACCOUNT,100,50000,0.06 | line 6: the band of BUSINESS from 50000 comes after the band from 80000 (line 5)
            another minimum | 2000-01-01,BUSINESS,Business,ACCOUNT,120,250000,0.03 | line 6: plan BUSINESS has minimum 120, but line 3 gives it 100
            another scope | 2000-01-01,BUSINESS,Business,GROUP,100,250000,0.03 | line 6: plan BUSINESS has scope GROUP, but line 3 gives it ACCOUNT
            another name | 2000-01-01,BUSINESS,Business Plus,ACCOUNT,100,250000,0.03 | line 6: plan BUSINESS has plan_name 'Business Plus', but line 3 gives it 'Business'
            a negative rate | 2000-01-01,BUSINESS,Business,ACCOUNT,100,250000,-0.03 | line 6: the rate of BUSINESS's band from 250000 is -0.03; a rate is a fraction from 0 to 1, e.g. 0.07 for 7 %
            a rate in percent | 2000-01-01,BUSINESS,Business,ACCOUNT,100,250000,3 | line 6: the rate of BUSINESS's band from 250000 is 3; a rate is a fraction from 0 to 1
            """)
    void aCatalogThatWouldPriceWronglyIsRefused(String fault, String row, String sentence) throws IOException {
        Path file = write(HEADER + BASIC + BUSINESS + row + "\n");
        assertThatThrownBy(() -> CatalogFile.read(file)).isInstanceOf(InputRefusedException.class)
                .hasMessageStartingWith("The catalog " + file + " cannot be used: ")
                .hasMessageContaining(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a first band above 0 | 2000-01-01,DEVELOPER,Developer,ACCOUNT,29,100,0.03 | line 3: the first band of DEVELOPER starts at 100; the lowest band must start at 0
            a negative band start | 2000-01-01,DEVELOPER,Developer,ACCOUNT,29,-1,0.03 | line 3: a band of DEVELOPER starts at -1; bands start at 0 or above
            a negative minimum | 2000-01-01,DEVELOPER,Developer,ACCOUNT,-29,0,0.03 | line 3: the minimum of DEVELOPER is -29; a minimum is 0 or more
            """)
    void aPlanStartingWrongIsRefused(String fault, String row, String sentence) throws IOException {
        Path file = write(HEADER + BASIC + row + "\n");
        assertThatThrownBy(() -> CatalogFile.read(file)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining(sentence);
    }

    @Test
    void aLaterRowMayLeaveTheNameOut() throws IOException {
        var catalog = CatalogFile.read(write(HEADER + BASIC + """
                2000-01-01,BUSINESS,Business,ACCOUNT,100,0,0.10
                2000-01-01,BUSINESS,,ACCOUNT,100,10000,0.07
                """));
        assertThat(catalog.inForce(java.time.YearMonth.of(2026, 3)).plan(R1Catalog.code("BUSINESS")).name())
                .isEqualTo("Business");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("catalog.csv"), text);
    }
}
