package com.supportbilling.intake.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.usage.AmountLimit;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageFiles;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageLine;
import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.intake.usage.UsageRowValidator;
import com.supportbilling.intake.usage.UsageRows;
import com.supportbilling.testing.ParquetFixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet usage files read with AWS's types, as the CSV of the same report reads (D70, D76). */
class ParquetUsageFileTest {

    private static final Path CUR2 = Path.of("src/test/resources/scenarios/cur-2/2026-03/usage-cur2-2026-03.csv");
    private static final UsageRowValidator VALIDATOR = new UsageRowValidator(YearMonth.of(2026, 3), account -> true,
            new AmountLimit(new BigDecimal("1000000000000")));

    @TempDir
    Path work;

    @Test
    void aCur2ReportInParquetReadsAsItsCsvDoes() {
        Path parquet = ParquetFixtures.write(CUR2, work.resolve("usage-cur2.snappy.parquet"), name -> name, 4);
        List<UsageLine> fromCsv = lines(UsageFile.of(CUR2));
        List<UsageLine> fromParquet = lines(UsageFile.of(parquet));
        assertThat(fromParquet).hasSize(9).hasSameSizeAs(fromCsv);
        for (int i = 0; i < fromCsv.size(); i++) {
            UsageLine csv = fromCsv.get(i);
            UsageLine read = fromParquet.get(i);
            // the CSV's 40000.0000000000 is the double 40000.0, read back as 40000.0: the same amount
            assertThat(read.amount()).isEqualByComparingTo(csv.amount());
            assertThat(read).usingRecursiveComparison().ignoringFields("amount").isEqualTo(csv);
        }
        assertThat(fromParquet.get(0).lineItemId()).isEqualTo("h2v0001 (2026-03-02T00:00:00Z/2026-03-03T00:00:00Z)");
        assertThat(fromParquet.get(0).account()).isEqualTo(new AccountId("220000000001"));
    }

    @Test
    void rowsAreNumberedFromOneAcrossRowGroupsAndOnlyTheColumnsReadAreRead() {
        Path parquet = ParquetFixtures.write(CUR2, work.resolve("usage.parquet"), name -> name, 2);
        try (UsageRows rows = UsageFiles.open(UsageFile.of(parquet))) {
            assertThat(rows.columns().layout()).isEqualTo(UsageLayout.CUR_2);
            List<Long> numbers = new ArrayList<>();
            CsvRecord first = null;
            for (CsvRecord record = rows.next(); record != null; record = rows.next()) {
                numbers.add(record.lineNumber());
                first = first == null ? record : first;
            }
            assertThat(numbers).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            // schema order, the nine columns CUR 2.0 reads; a timestamp as ISO in UTC, the double as written
            assertThat(first.raw()).isEqualTo("AWS,h2v0001,2026-03-02T00:00:00Z/2026-03-03T00:00:00Z,USD,Usage,"
                    + "AmazonEC2,40000.0,220000000001,2026-03-02T00:00:00Z");
            assertThat(rows.bytesRead()).isEqualTo(Files.size(parquet));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDoubleCostReadsAsItsShortestDecimal() throws IOException {
        Path csv = Files.writeString(work.resolve("usage.csv"), String.join("\n",
                "identity_line_item_id,identity_time_interval,bill_billing_entity,line_item_usage_account_id,"
                        + "line_item_line_item_type,line_item_usage_start_date,line_item_product_code,"
                        + "line_item_currency_code,line_item_unblended_cost",
                "a,i,AWS,220000000001,Usage,2026-03-01 05:00:00,AmazonS3,USD,0.30000000000000004",
                "b,i,AWS,220000000001,Usage,2026-03-01T00:00:00Z,AmazonS3,USD,2.1E-11",
                "c,i,AWS,220000000001,Usage,2026-03-31T23:59:59.999Z,AmazonS3,USD,1234.5600000000",
                "d,,AWS,,Usage,,AmazonS3,USD,") + "\n");
        List<CsvRecord> records = records(UsageFile.of(ParquetFixtures.write(csv, work.resolve("usage.parquet"))));
        assertThat(records).extracting(record -> record.fields().get(8)).containsExactly("0.30000000000000004",
                "2.1E-11", "1234.56", "");
        assertThat(records).extracting(record -> record.fields().get(5)).containsExactly("2026-03-01T05:00:00Z",
                "2026-03-01T00:00:00Z", "2026-03-31T23:59:59.999Z", "");
    }

    @Test
    void aSchemaWithoutANeededColumnIsRefusedNamingIt() throws IOException {
        List<String> lines = Files.readAllLines(CUR2);
        Path csv = work.resolve("usage.csv");
        // drop line_item_currency_code, the eighth column
        Files.write(csv, lines.stream().map(line -> line.replaceFirst("^((?:[^,]*,){6}[^,]*),[^,]*", "$1")).toList());
        Path parquet = ParquetFixtures.write(csv, work.resolve("usage-cur2.snappy.parquet"));
        assertThatThrownBy(() -> UsageFiles.open(UsageFile.of(parquet))).isInstanceOf(InputRefusedException.class)
                .hasMessage("usage-cur2.snappy.parquet is not a usage file this job reads: as AWS CUR 2.0 its schema "
                        + "lacks line_item_currency_code.");
    }

    @Test
    void aDamagedOrForeignFileIsRefusedNamingIt() throws IOException {
        Path parquet = ParquetFixtures.write(CUR2, work.resolve("usage.parquet"));
        byte[] bytes = Files.readAllBytes(parquet);
        Path cut = Files.write(work.resolve("usage-cut.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
        Path csv = Files.copy(CUR2, work.resolve("usage-csv.parquet"));
        for (Path bad : List.of(cut, csv)) {
            assertThatThrownBy(() -> records(UsageFile.of(bad))).isInstanceOf(InputRefusedException.class)
                    .hasMessageStartingWith("Cannot read " + bad.getFileName() + ": it is not a Parquet file, or it is "
                            + "damaged or cut short");
        }
        // damage inside a page: the footer is whole, a page is not
        byte[] damaged = bytes.clone();
        for (int i = 4; i < 200 && i < damaged.length; i++) {
            damaged[i] = (byte) 0x5a;
        }
        Path inside = Files.write(work.resolve("usage-damaged.parquet"), damaged);
        assertThatThrownBy(() -> records(UsageFile.of(inside))).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("Cannot read usage-damaged.parquet: ");
    }

    private static List<CsvRecord> records(UsageFile file) {
        List<CsvRecord> records = new ArrayList<>();
        try (UsageRows rows = UsageFiles.open(file)) {
            for (CsvRecord record = rows.next(); record != null; record = rows.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private static List<UsageLine> lines(UsageFile file) {
        List<UsageLine> lines = new ArrayList<>();
        try (UsageRows rows = UsageFiles.open(file)) {
            for (CsvRecord record = rows.next(); record != null; record = rows.next()) {
                UsageOutcome outcome = VALIDATOR.check(file.name(), rows.columns(), record);
                assertThat(outcome).as(record.raw()).isInstanceOf(UsageOutcome.Accepted.class);
                lines.add(((UsageOutcome.Accepted) outcome).line());
            }
        }
        return lines;
    }
}
