package com.supportbilling.intake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.core.base.ChargeType;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/focus-mapping.md: FOCUS 1.2 with AWS columns read as usage lines (D74, D75). */
class FocusLayoutTest {

    private static final Path EXPORT = Path.of("src/test/resources/scenarios/focus/2026-03/usage-focus-2026-03.csv");

    @Test
    void focusIsToldApartByItsHeaderAndNeedsItsAwsServiceCode() throws IOException {
        List<String> header = header();
        assertThat(UsageLayout.detect("f.csv", new CsvHeader(header)).layout()).isEqualTo(UsageLayout.FOCUS);
        List<String> plainFocus = header.stream().filter(name -> !name.equals("x_ServiceCode")).toList();
        assertThatThrownBy(() -> UsageLayout.detect("f.csv", new CsvHeader(plainFocus)))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("f.csv is not a usage file this job reads: as FOCUS 1.2 with AWS columns its header lacks "
                        + "x_ServiceCode.");
    }

    @Test
    void aRowMapsAsTheMappingSays() throws IOException {
        List<RawUsage> rows = rows(Files.readString(EXPORT));
        RawUsage usage = rows.get(0);
        assertThat(usage.accountId()).isEqualTo("220000000001");
        assertThat(usage.usageDate()).isEqualTo("2026-03-02T00:00:00.000Z");
        assertThat(usage.service()).isEqualTo("AmazonEC2");
        assertThat(usage.chargeType()).isEqualTo("Usage");
        assertThat(usage.amount()).isEqualTo("40000.0000000000");
        assertThat(usage.currency()).isEqualTo("USD");
        assertThat(usage.billingEntity()).isEmpty();
        assertThat(usage.lineItemId()).matches("focus:[0-9a-f]{32}");
        // a seller's publisher name is Marketplace; the RI's and the Savings Plan's fees are read apart
        assertThat(rows.get(3).billingEntity()).isEqualTo("AWS Marketplace");
        assertThat(rows.get(2).chargeType()).isEqualTo("Purchase");
        assertThat(rows.get(8).chargeType()).isEqualTo("Purchase (Savings Plan)");
        assertThat(rows.stream().map(RawUsage::lineItemId).distinct()).hasSize(9);
    }

    @Test
    void theKeyIsTheSameWhateverTheTimestampsLookLikeAndWhateverTheCost() throws IOException {
        String export = Files.readString(EXPORT);
        List<RawUsage> iso = rows(export);
        List<RawUsage> spaced = rows(export.replaceAll("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d:\\d\\d)\\.000Z", "$1 $2"));
        List<RawUsage> recosted = rows(export.replace("40000.0000000000,220000000001", "39999.5,220000000001"));
        for (int i = 0; i < iso.size(); i++) {
            assertThat(spaced.get(i).lineItemId()).isEqualTo(iso.get(i).lineItemId());
            assertThat(recosted.get(i).lineItemId()).isEqualTo(iso.get(i).lineItemId());
        }
        List<RawUsage> otherDay = rows(export.replace("2026-03-02T00:00:00.000Z", "2026-03-09T00:00:00.000Z"));
        assertThat(otherDay.get(0).lineItemId()).isNotEqualTo(iso.get(0).lineItemId());
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource({
            "Usage, , , USAGE",
            "usage, , Savings Plan, USAGE",
            "Purchase, , , FEE",
            "Purchase, , Reserved Instance, FEE",
            "Purchase, , Savings Plan, COMMITMENT",
            "Tax, , , TAX",
            "Credit, , , CREDIT",
            "Adjustment, , , REFUND",
            "Usage, Correction, , REFUND",
            "Tax, correction, , REFUND",
            "Purchase, Correction, Savings Plan, REFUND"})
    void chargeCategoryAndClassGiveTheChargeType(String category, String chargeClass, String commitment, ChargeType type) {
        String text = FocusRow.chargeText(category, chargeClass == null ? "" : chargeClass,
                commitment == null ? "" : commitment);
        assertThat(UsageLayout.FOCUS.chargeType(text)).contains(type);
    }

    @Test
    void anUnknownCategoryIsUnknown() {
        assertThat(UsageLayout.FOCUS.chargeType("Surprise")).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
            "Amazon Web Services Japan G.K., Amazon Web Services, false",
            "'Amazon Web Services, Inc.', AWS, false",
            "Amazon Web Services EMEA SARL, '', false",
            "AWS Marketplace, Amazon Web Services, true",
            "aws marketplace, '', true",
            "'Amazon Web Services, Inc.', 'Acme Observability, Inc.', true"})
    void marketplaceIsTheIssuerOrAPublisherOtherThanAws(String issuer, String publisher, boolean marketplace) {
        assertThat(FocusRow.isMarketplace(issuer, publisher)).isEqualTo(marketplace);
    }

    private static List<String> header() throws IOException {
        return new CsvRecordReader(Files.newBufferedReader(EXPORT)).next().fields();
    }

    private static List<RawUsage> rows(String csv) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(csv));
        UsageLayout.Columns columns = UsageLayout.detect("f.csv", new CsvHeader(reader.next().fields()));
        List<RawUsage> rows = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            rows.add(columns.extract(record));
        }
        return rows;
    }
}
