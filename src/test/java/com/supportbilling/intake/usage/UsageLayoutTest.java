package com.supportbilling.intake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.ChargeType;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/file-formats.md's mapping of AWS Cost and Usage Reports onto the native usage layout. */
class UsageLayoutTest {

    /** The columns a legacy CUR needs, in the order AWS writes them, with a few of the 90-odd others. */
    static final String LEGACY = "identity/LineItemId,identity/TimeInterval,bill/BillingEntity,bill/PayerAccountId,"
            + "lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageEndDate,"
            + "lineItem/ProductCode,lineItem/UsageType,lineItem/CurrencyCode,lineItem/UnblendedCost,"
            + "lineItem/BlendedCost,lineItem/LineItemDescription";
    static final String CUR2 = "identity_line_item_id,identity_time_interval,bill_billing_entity,bill_payer_account_id,"
            + "line_item_usage_account_id,line_item_line_item_type,line_item_usage_start_date,line_item_usage_end_date,"
            + "line_item_product_code,line_item_usage_type,line_item_currency_code,line_item_unblended_cost,"
            + "line_item_blended_cost,line_item_line_item_description";
    static final String NATIVE = "line_item_id,account_id,usage_date,service,charge_type,amount,currency";

    static CsvHeader header(String line) {
        return new CsvHeader(Arrays.asList(line.split(",", -1)));
    }

    static UsageLayout.Columns columns(String line) {
        return UsageLayout.detect("usage-cur.csv", header(line));
    }

    /** A legacy CUR row in the order of {@link #LEGACY}. */
    static String legacyRow(String id, String interval, String entity, String account, String type, String start,
            String product, String currency, String cost) {
        return String.join(",", id, interval, entity, "999999999999", account, type, start, "2023-11-02T00:00:00Z",
                product, "USE1-Requests", currency, cost, "0.5", "\"a description, with a comma\"");
    }

    static CsvRecord record(String header, String row) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(header + "\n" + row + "\n"));
        reader.next();
        return reader.next();
    }

    @Nested
    class Detection {

        @Test
        void theThreeLayoutsAreToldApartByTheirHeader() {
            assertThat(columns(LEGACY).layout()).isEqualTo(UsageLayout.CUR_LEGACY);
            assertThat(columns(CUR2).layout()).isEqualTo(UsageLayout.CUR_2);
            assertThat(columns(NATIVE).layout()).isEqualTo(UsageLayout.NATIVE);
        }

        @Test
        void headersMatchCaseInsensitivelyWithSpacesAround() {
            assertThat(columns(LEGACY.toUpperCase()).layout()).isEqualTo(UsageLayout.CUR_LEGACY);
            assertThat(columns(LEGACY.toLowerCase().replace(",", " , ")).layout()).isEqualTo(UsageLayout.CUR_LEGACY);
            assertThat(columns(CUR2.toUpperCase()).layout()).isEqualTo(UsageLayout.CUR_2);
        }

        @Test
        void extraAndReorderedColumnsAreReadByName() throws IOException {
            // the CUR 2.0 columns reversed, with unknown ones in between
            List<String> names = new ArrayList<>(List.of(CUR2.split(",")));
            Collections.reverse(names);
            names.add(3, "product");
            names.add(0, "resource_tags");
            String header = String.join(",", names);
            UsageLayout.Columns columns = columns(header);
            assertThat(columns.layout()).isEqualTo(UsageLayout.CUR_2);
            assertThat(columns.width()).isEqualTo(16);

            // values named like the header: each column's value is its name with '=' in front
            String row = names.stream().map(name -> "=" + name).reduce((a, b) -> a + "," + b).orElseThrow();
            RawUsage raw = columns.extract(record(header, row));
            assertThat(raw).isEqualTo(new RawUsage("=identity_line_item_id (=identity_time_interval)",
                    "=line_item_usage_account_id", "=line_item_usage_start_date", "=line_item_product_code",
                    "=line_item_line_item_type", "=line_item_unblended_cost", "=line_item_currency_code",
                    "=bill_billing_entity"));
        }

        @Test
        void aLegacyCurHeaderAsAwsWritesItIsRead() {
            String header = "identity/LineItemId,identity/TimeInterval,bill/InvoiceId,bill/InvoicingEntity,"
                    + "bill/BillingEntity,bill/BillType,bill/PayerAccountId,bill/BillingPeriodStartDate,"
                    + "bill/BillingPeriodEndDate,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,"
                    + "lineItem/UsageEndDate,lineItem/ProductCode,lineItem/UsageType,lineItem/Operation,"
                    + "lineItem/AvailabilityZone,lineItem/UsageAmount,lineItem/NormalizationFactor,"
                    + "lineItem/NormalizedUsageAmount,lineItem/CurrencyCode,lineItem/UnblendedRate,lineItem/UnblendedCost";
            assertThat(columns(header).layout()).isEqualTo(UsageLayout.CUR_LEGACY);
        }

        @Test
        void anUnknownHeaderIsRefusedNamingTheColumnsTheNearestLayoutLacks() {
            assertThatThrownBy(() -> columns("id,account,date,cost"))
                    .isInstanceOf(InputRefusedException.class)
                    .hasMessage("usage-cur.csv is not a usage file this job reads: as native its header lacks "
                            + "line_item_id, account_id, usage_date, service, charge_type, amount, currency.");
        }

        @Test
        void aLegacyCurWithoutItsCostIsRefusedNamingTheCostColumn() {
            assertThatThrownBy(() -> columns(LEGACY.replace(",lineItem/UnblendedCost", ",lineItem/NetUnblendedCost")))
                    .isInstanceOf(InputRefusedException.class)
                    .hasMessage("usage-cur.csv is not a usage file this job reads: as AWS CUR (legacy) its header lacks "
                            + "lineItem/UnblendedCost.");
        }

        @Test
        void aCurWithOnlyTheMappedColumnsIsReadWithItsBareIdsAndNoBillingEntity() throws IOException {
            // docs/file-formats.md lists neither identity/TimeInterval nor, for files without Marketplace, a need
            // for bill/BillingEntity: a hand-made file of those columns alone is a CUR (D21)
            UsageLayout.Columns legacy = columns(LEGACY.replace("identity/TimeInterval,", "").replace("bill/BillingEntity,", ""));
            UsageLayout.Columns cur2 = columns(CUR2.replace("identity_time_interval,", "").replace("bill_billing_entity,", ""));

            assertThat(legacy.layout()).isEqualTo(UsageLayout.CUR_LEGACY);
            assertThat(cur2.layout()).isEqualTo(UsageLayout.CUR_2);
            String header = CUR2.replace("identity_time_interval,", "").replace("bill_billing_entity,", "");
            String row = Arrays.stream(header.split(",")).map(name -> "=" + name).reduce((x, y) -> x + "," + y).orElseThrow();
            RawUsage raw = cur2.extract(record(header, row));
            assertThat(raw.lineItemId()).isEqualTo("=identity_line_item_id");
            assertThat(raw.billingEntity()).isEmpty();
        }

        @Test
        void legacyAndCur2NamesDoNotMix() {
            // half legacy, half CUR 2.0: neither layout; the nearest (fewest missing) is named
            String mixed = "identity/LineItemId,identity/TimeInterval,bill/BillingEntity,lineItem/UsageAccountId,"
                    + "lineItem/UsageStartDate,lineItem/ProductCode,line_item_line_item_type,line_item_unblended_cost,"
                    + "line_item_currency_code";
            assertThatThrownBy(() -> columns(mixed)).hasMessage("usage-cur.csv is not a usage file this job reads: "
                    + "as AWS CUR (legacy) its header lacks lineItem/LineItemType, lineItem/UnblendedCost, "
                    + "lineItem/CurrencyCode.");
        }
    }

    @Nested
    class LineItemTypes {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "Usage, USAGE",
                "DiscountedUsage, USAGE",
                "SavingsPlanCoveredUsage, USAGE",
                "Fee, FEE",
                "RIFee, FEE",
                "SavingsPlanUpfrontFee, COMMITMENT",
                "SavingsPlanRecurringFee, COMMITMENT",
                "Credit, CREDIT",
                "Refund, REFUND",
                "Tax, TAX",
                "SavingsPlanNegation, DISCOUNT",
                "BundledDiscount, DISCOUNT",
                "EdpDiscount, DISCOUNT",
                "PrivateRateDiscount, DISCOUNT",
                "DistributorDiscount, DISCOUNT",
                "SppDiscount, DISCOUNT",
                "Discount, DISCOUNT",
                // the types are AWS's words: matched without regard to case or surrounding spaces (D11)
                "usage, USAGE",
                "RIFEE, FEE",
                "' savingsplannegation ', DISCOUNT",
                "EDPDISCOUNT, DISCOUNT"})
        void everyTypeOfTheTableMapsToItsChargeType(String type, ChargeType expected) {
            assertThat(UsageLayout.CUR_LEGACY.chargeType(type)).contains(expected);
            assertThat(UsageLayout.CUR_2.chargeType(type)).contains(expected);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "Usages", "SavingsPlanSurprise", "DiscountedFee", "Discounted", "Negation",
                "USAGE_TYPE", "Fee Discount Extra"})
        void anyOtherTypeIsUnknown(String type) {
            assertThat(UsageLayout.CUR_LEGACY.chargeType(type)).isEmpty();
        }

        @Test
        void theNativeLayoutKnowsOnlyItsOwnCodes() {
            assertThat(UsageLayout.NATIVE.chargeType("fee")).contains(ChargeType.FEE);
            assertThat(UsageLayout.NATIVE.chargeType("COMMITMENT")).contains(ChargeType.COMMITMENT);
            assertThat(UsageLayout.NATIVE.chargeType("RIFee")).isEmpty();
            assertThat(UsageLayout.NATIVE.chargeType("EdpDiscount")).isEmpty();
        }
    }

    @Nested
    class UsageDates {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "2023-11-01T00:00:00Z, 2023-11-01",
                "2023-11-01T00:00:00.000Z, 2023-11-01",
                "2023-11-30T23:59:59.999Z, 2023-11-30",
                "2023-11-15T10:00Z, 2023-11-15",
                // other offsets: the date of the same instant in UTC
                "2023-11-01T01:30:00+02:00, 2023-10-31",
                "2023-11-30T20:00:00-05:00, 2023-12-01",
                "2023-11-30T18:59:59-05:00, 2023-11-30",
                "2023-12-01T08:00:00+09:00, 2023-11-30",
                // a timestamp without an offset is UTC, a bare date is the date
                "2023-11-05T23:00:00, 2023-11-05",
                "2023-11-05, 2023-11-05",
                // D24: a space for the T, as Athena writes them, reads like the ISO form
                "2023-11-05 23:00:00, 2023-11-05",
                "2023-11-05 23:00:00.000, 2023-11-05",
                "2023-11-30 20:00:00-05:00, 2023-12-01",
                "2023-11-30 23:59:59Z, 2023-11-30"})
        void aTimestampGivesItsDateInUtc(String text, LocalDate date) {
            assertThat(UsageLayout.CUR_LEGACY.usageDate(text)).isEqualTo(date);
            assertThat(UsageLayout.CUR_2.usageDate(text)).isEqualTo(date);
            assertThat(UsageLayout.FOCUS.usageDate(text)).isEqualTo(date);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "11/01/2023", "2023-11-31T00:00:00Z", "2023-11-01T25:00:00Z", "yesterday",
                // D24: ISO 8601's extended form only, with a T or one space
                "2023-11-01T00:00:00+0000", "2023-11-01  00:00:00", "2023-11-01 ", "2023-11-01 00:00:00 UTC"})
        void anythingElseIsNotADate(String text) {
            assertThatThrownBy(() -> UsageLayout.CUR_LEGACY.usageDate(text)).isInstanceOf(DateTimeException.class);
        }

        @Test
        void theNativeLayoutReadsDatesOnly() {
            assertThat(UsageLayout.NATIVE.usageDate("2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThatThrownBy(() -> UsageLayout.NATIVE.usageDate("2026-03-31T00:00:00Z"))
                    .isInstanceOf(DateTimeException.class);
        }
    }

    /** CUR rows through R10's checks, as the usage intake reads them. */
    @Nested
    class Rows {

        private static final String INTERVAL = "2023-11-01T00:00:00Z/2023-11-02T00:00:00Z";
        private static final AccountId ACCOUNT = new AccountId("123412340534");

        private final UsageRowValidator validator = new UsageRowValidator(YearMonth.of(2023, 11), ACCOUNT::equals,
                new AmountLimit(new java.math.BigDecimal("1E12")));
        private final LineItemIds seen = new LineItemIds();

        private UsageOutcome validate(String row) throws IOException {
            return validator.validate("usage-cur.csv", columns(LEGACY), record(LEGACY, row), seen);
        }

        private UsageLine accepted(String row) throws IOException {
            UsageOutcome outcome = validate(row);
            assertThat(outcome).isInstanceOf(UsageOutcome.Accepted.class);
            return ((UsageOutcome.Accepted) outcome).line();
        }

        private UsageOutcome.Rejected rejected(String row) throws IOException {
            UsageOutcome outcome = validate(row);
            assertThat(outcome).isInstanceOf(UsageOutcome.Rejected.class);
            return (UsageOutcome.Rejected) outcome;
        }

        @Test
        void aCurRowBecomesAUsageLine() throws IOException {
            UsageLine line = accepted(legacyRow("abc123", INTERVAL, "AWS", "123412340534", "RIFee",
                    "2023-11-01T00:00:00.000Z", "AmazonRDS", "USD", "29.0000000000"));
            assertThat(line).isEqualTo(new UsageLine("abc123 (" + INTERVAL + ")", ACCOUNT, LocalDate.of(2023, 11, 1),
                    "AmazonRDS", ChargeType.FEE, new BigDecimal("29.0000000000"), "AWS"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"29.0000000000", "1.5E-8", "-0.0000000001", "0.0", "1234567.1234567891", "1.81E-8"})
        void amountsKeepTheirPrecisionAndScale(String cost) throws IOException {
            UsageLine line = accepted(legacyRow("a1", INTERVAL, "AWS", "123412340534", "Usage",
                    "2023-11-03T05:00:00Z", "AmazonS3", "USD", cost));
            // equals, not compareTo: 29.0000000000 keeps its 10 decimals, 1.5E-8 is 0.000000015 exactly
            assertThat(line.amount()).isEqualTo(new BigDecimal(cost));
        }

        @Test
        void anExponentAmountIsExact() throws IOException {
            UsageLine line = accepted(legacyRow("a1", INTERVAL, "AWS", "123412340534", "Usage",
                    "2023-11-03T05:00:00Z", "AmazonS3", "USD", "1.5E-8"));
            assertThat(line.amount().toPlainString()).isEqualTo("0.000000015");
        }

        @Test
        void anUnknownLineItemTypeIsRejectedWithItsValue() throws IOException {
            String row = legacyRow("a1", INTERVAL, "AWS", "123412340534", "SavingsPlanSurprise",
                    "2023-11-03T05:00:00Z", "AmazonS3", "USD", "1.00");
            UsageOutcome.Rejected rejected = rejected(row);
            assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.UNKNOWN_CHARGE_TYPE);
            assertThat(rejected.rejection().message()).isEqualTo("charge type 'SavingsPlanSurprise' is unknown");
            assertThat(rejected.rejection().rawLine()).isEqualTo(row);
            assertThat(rejected.rejection().lineNumber()).isEqualTo(2);
        }

        @Test
        void aRowWithoutItsUsageAccountIsRejectedNotGivenToThePayer() throws IOException {
            // D22: the row names payer 999999999999, but whose base it is cannot be guessed
            UsageOutcome.Rejected rejected = rejected(legacyRow("a1", INTERVAL, "AWS", "", "Usage",
                    "2023-11-03T05:00:00Z", "AmazonS3", "USD", "1.00"));
            assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.INVALID_ACCOUNT_ID);
            assertThat(rejected.rejection().message())
                    .isEqualTo("the account id is empty: the row cannot be given to any account's base");
        }

        @Test
        void aTimestampOfAnotherMonthInUtcIsTheWrongPeriod() throws IOException {
            // 1 December 06:00 in Tokyo is still 30 November in UTC; 1 November 00:30 in Paris is 31 October
            assertThat(accepted(legacyRow("t1", INTERVAL, "AWS", "123412340534", "Usage", "2023-12-01T06:00:00+09:00",
                    "AmazonS3", "USD", "1")).usageDate()).isEqualTo(LocalDate.of(2023, 11, 30));
            UsageOutcome.Rejected rejected = rejected(legacyRow("t2", INTERVAL, "AWS", "123412340534", "Usage",
                    "2023-11-01T00:30:00+01:00", "AmazonS3", "USD", "1"));
            assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.WRONG_PERIOD);
            assertThat(rejected.rejection().message()).isEqualTo("usage date 2023-10-31 is not in 2023-11");
        }

        @Test
        void aLineItemIdRepeatedOverTheDaysOfTheReportIsNoDuplicateButTheSameDayTwiceIs() throws IOException {
            // D21: identity/LineItemId names one usage for all the hours or days of a report
            String day1 = "2023-11-04T00:00:00Z/2023-11-05T00:00:00Z";
            String day2 = "2023-11-11T00:00:00Z/2023-11-12T00:00:00Z";
            assertThat(accepted(legacyRow("cjxa", day1, "AWS", "123412340534", "Usage", "2023-11-04T23:00:00.000Z",
                    "AmazonS3", "USD", "1.81E-8")).lineItemId()).isEqualTo("cjxa (" + day1 + ")");
            accepted(legacyRow("cjxa", day2, "AWS", "123412340534", "Usage", "2023-11-11T03:00:00.000Z", "AmazonS3",
                    "USD", "4.65E-8"));
            UsageOutcome.Rejected again = rejected(legacyRow("cjxa", day2, "AWS", "123412340534", "Usage",
                    "2023-11-11T03:00:00.000Z", "AmazonS3", "USD", "4.65E-8"));
            assertThat(again.rejection().reason()).isEqualTo(RejectReason.DUPLICATE_LINE_ITEM);
            assertThat(again.rejection().message()).isEqualTo("line item id cjxa (" + day2
                    + ") was already read; the first occurrence counts");
        }

        @Test
        void anEmptyLineItemIdIsMalformedEvenWithItsInterval() throws IOException {
            UsageOutcome.Rejected rejected = rejected(legacyRow("", INTERVAL, "AWS", "123412340534", "Usage",
                    "2023-11-03T05:00:00Z", "AmazonS3", "USD", "1.00"));
            assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.MALFORMED_ROW);
        }

        @Test
        void anEmptyIntervalLeavesTheLineItemIdAsItIs() throws IOException {
            assertThat(accepted(legacyRow("x9", "", "AWS", "123412340534", "Usage", "2023-11-03T05:00:00Z",
                    "AmazonS3", "USD", "1.00")).lineItemId()).isEqualTo("x9");
        }

        @Test
        void theBillingEntityIsCarriedForTheFeeBase() throws IOException {
            assertThat(accepted(legacyRow("m1", INTERVAL, " AWS Marketplace ", "123412340534", "Usage",
                    "2023-11-03T05:00:00Z", "prod-4z8x1k2", "usd", "12.50")).billingEntity()).isEqualTo("AWS Marketplace");
        }

        @Test
        void aCur2RowIsReadLikeALegacyOne() throws IOException {
            UsageLayout.Columns columns = columns(CUR2);
            String row = legacyRow("q1", INTERVAL, "AWS", "123412340534", "SavingsPlanCoveredUsage",
                    "2023-11-20T00:00:00Z", "AmazonEC2", "USD", "0.0416000000");
            UsageOutcome outcome = validator.validate("usage-cur2.csv", columns, record(CUR2, row), seen);
            assertThat(((UsageOutcome.Accepted) outcome).line()).isEqualTo(new UsageLine(
                    "q1 (" + INTERVAL + ")", ACCOUNT, LocalDate.of(2023, 11, 20), "AmazonEC2", ChargeType.USAGE,
                    new BigDecimal("0.0416000000"), "AWS"));
        }
    }

    @Test
    void theNativeLayoutHasNoBillingEntityAndKeepsItsIds() throws IOException {
        RawUsage raw = columns(NATIVE).extract(record(NATIVE, "u1,111111111111,2026-03-01,AmazonEC2,USAGE,5,USD"));
        assertThat(raw).isEqualTo(new RawUsage("u1", "111111111111", "2026-03-01", "AmazonEC2", "USAGE", "5", "USD", ""));
    }

    /** The hand-taken YYYY-MM-DD (D154) gives what {@code LocalDate.parse} gives, or fails where it fails. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2026-03-31", "2024-02-29", "2025-02-29", "2000-02-29", "2100-02-29",
            "2026-04-31", "2026-00-10", "2026-13-01", "2026-03-00", "2026-03-32", "0000-01-01", "9999-12-31",
            "2026-3-01", "2026/03/01", "2026-03-1", "26-03-2026", "2026-03-01 ", " 2026-03-1", "2026-0a-01",
            "2026-03-0١", "+2026-03-01", "-2026-03-01", "+12026-03-01", "2026-03-01T00:00", "", "2026--3-01",
            // not digits, yet a month or a day by their character codes: ('/' - '0') * 10 + (';' - '0') = 1
            "2026-/;-01", "2026-01-/;", "20/;-01-01"})
    void anIsoDateIsTakenAsLocalDateParseTakesIt(String text) {
        assertSameAsLocalDateParse(text);
    }

    /** Every month and day number from 00 to 32 around the leap years' edges. */
    @ParameterizedTest
    @ValueSource(ints = {1900, 1999, 2000, 2024, 2025, 2026, 2100})
    void everyDayOfTheYearIsTakenAsLocalDateParseTakesIt(int year) {
        for (int month = 0; month <= 13; month++) {
            for (int day = 0; day <= 32; day++) {
                assertSameAsLocalDateParse(String.format("%04d-%02d-%02d", year, month, day));
            }
        }
    }

    private static void assertSameAsLocalDateParse(String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> UsageLayout.isoDate(text)).as(text).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(UsageLayout.isoDate(text)).as(text).isEqualTo(expected);
    }
}
