package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.supportbilling.testing.ParquetFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FOCUS 1.2 with AWS columns, the third usage layout (D74, D75, docs/focus-mapping.md). scenarios/focus holds the
 * charges of scenarios/cur-2 as AWS's FOCUS export writes them: Hotel Holdings' Enterprise On-Ramp group bills the
 * same cents from either, in CSV and in Parquet.
 */
class FocusScenarioTest {

    private static final Path FOCUS = Path.of("src/test/resources/scenarios/focus/2026-03");
    private static final Path CUR = Path.of("src/test/resources/scenarios/cur-2/2026-03");

    @TempDir
    Path work;

    @Test
    void theChargesOfACurBillTheSameCentsFromFocus() throws IOException {
        PublishedMonth focus = bill(FOCUS, "focus");
        GoldenFiles.assertMatches(work.resolve("out-focus/2026-03"), "focus/2026-03");
        DeliveryFormatsTest.assertSameBill(focus, bill(CUR, "cur"));
        // Usage 40 000 and the RI's covered usage 20 000 + its fee 5 000 (Purchase) are the base; the support fee
        // (AWSEnterpriseOnRamp), the Marketplace seller's usage, Tax, the Credits and the Savings Plan's fee are not
        assertThat(focus.figure("usage", "eligible_base_total")).isEqualByComparingTo("65000");
        assertThat(focus.excludedByCause()).containsOnlyKeys("CHARGE_TYPE", "SERVICE", "MARKETPLACE");
        assertThat(focus.fileRows("usage-focus-2026-03.csv")).isEqualTo("9/9/0");
    }

    @Test
    void focusInParquetBillsAsItsCsv() throws IOException {
        Path input = PublishedMonth.copy(FOCUS, work.resolve("in"));
        ParquetFixtures.write(input.resolve("usage-focus-2026-03.csv"), input.resolve("usage-focus-2026-03.snappy.parquet"),
                name -> name, 3);
        Files.delete(input.resolve("usage-focus-2026-03.csv"));
        PublishedMonth parquet = bill(input, "parquet");
        DeliveryFormatsTest.assertSameBill(parquet, bill(CUR, "cur"));
        assertThat(parquet.fileRows("usage-focus-2026-03.snappy.parquet")).isEqualTo("9/9/0");
    }

    @Test
    void aRepeatedFocusRowIsADuplicateByItsKey() throws IOException {
        // the same export twice (read in name order: the resent copy second), its timestamps written with a space:
        // the same rows, the same keys
        Path input = PublishedMonth.copy(FOCUS, work.resolve("in"));
        String export = Files.readString(input.resolve("usage-focus-2026-03.csv"));
        Files.writeString(input.resolve("usage-resent-focus.csv"),
                export.replaceAll("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d:\\d\\d)\\.000Z", "$1 $2"));
        PublishedMonth month = bill(input, "twice");
        assertThat(month.fileRows("usage-resent-focus.csv")).isEqualTo("9/0/9");
        assertThat(month.rejectedByReason()).containsOnly(entry("DUPLICATE_LINE_ITEM", 9L));
        assertThat(month.lines("rejects.csv").get(1)).startsWith("usage-resent-focus.csv,2,DUPLICATE_LINE_ITEM,"
                + "line item id focus:");
        DeliveryFormatsTest.assertSameBill(month, bill(CUR, "cur"));
    }

    private PublishedMonth bill(Path input, String name) {
        return DeliveryFormatsTest.bill(work, input, name);
    }
}
