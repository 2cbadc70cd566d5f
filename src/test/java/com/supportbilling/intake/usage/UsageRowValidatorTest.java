package com.supportbilling.intake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.ChargeType;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R10 for usage rows: each reason, and the order in which they are checked. */
class UsageRowValidatorTest {

    private static final String HEADER = "line_item_id,account_id,usage_date,service,charge_type,amount,currency";
    private static final Set<AccountId> KNOWN = Set.of(new AccountId("111111111111"), new AccountId("012345678901"));

    private final UsageRowValidator validator = new UsageRowValidator(YearMonth.of(2026, 3), KNOWN::contains,
            new AmountLimit(new BigDecimal("1E12")));
    private final LineItemIds seen = new LineItemIds();

    private UsageOutcome validate(String header, String row) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(header + "\n" + row + "\n"));
        UsageLayout.Columns columns = UsageLayout.detect("usage.csv", new CsvHeader(reader.next().fields()));
        CsvRecord record = reader.next();
        return validator.validate("usage.csv", columns, record, seen);
    }

    /** Rows in the native layout; ' stands for " to keep the table readable. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,10.00                | MALFORMED_ROW",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,10.00,USD,extra      | MALFORMED_ROW",
            "'',111111111111,2026-03-05,AmazonEC2,USAGE,10.00,USD            | MALFORMED_ROW",
            "u1,11111111111,2026-03-05,AmazonEC2,USAGE,10.00,USD             | INVALID_ACCOUNT_ID",
            "u1,1.11111E+11,2026-03-05,AmazonEC2,USAGE,10.00,USD             | INVALID_ACCOUNT_ID",
            "u1,111111111111,2026-02-30,AmazonEC2,USAGE,10.00,USD            | INVALID_DATE",
            "u1,111111111111,05/03/2026,AmazonEC2,USAGE,10.00,USD            | INVALID_DATE",
            "u1,111111111111,2026-04-01,AmazonEC2,USAGE,10.00,USD            | WRONG_PERIOD",
            "u1,111111111111,2026-02-28,AmazonEC2,USAGE,10.00,USD            | WRONG_PERIOD",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,ten,USD              | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,'1,000.00',USD       | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,,USD                 | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,0.00000000001,USD    | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,1.00000000000,USD    | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,1E-11,USD            | INVALID_AMOUNT",
            // D56: digits of other scripts are not amounts, whatever BigDecimal reads into them
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,١٢٣,USD              | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,１２３,USD            | INVALID_AMOUNT",
            // D56: beyond billing.max-line-amount, either sign
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,1e20,USD             | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,-1000000000000.01,USD | INVALID_AMOUNT",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,10.00,EUR            | UNSUPPORTED_CURRENCY",
            "u1,111111111111,2026-03-05,AmazonEC2,USAGE,10.00,               | UNSUPPORTED_CURRENCY",
            "u1,111111111111,2026-03-05,AmazonEC2,RIFEE,10.00,USD            | UNKNOWN_CHARGE_TYPE",
            "u1,222222222222,2026-03-05,AmazonEC2,USAGE,10.00,USD            | UNKNOWN_ACCOUNT",
            // the first fault wins: a bad account id before a bad date
            "u1,abc,2026-13-05,AmazonEC2,USAGE,x,EUR                         | INVALID_ACCOUNT_ID"})
    void rejects(String row, RejectReason reason) throws IOException {
        String csv = row.strip().replace("'", "\"");
        UsageOutcome outcome = validate(HEADER, csv);
        assertThat(outcome).isInstanceOf(UsageOutcome.Rejected.class);
        UsageOutcome.Rejected rejected = (UsageOutcome.Rejected) outcome;
        assertThat(rejected.rejection().reason()).isEqualTo(reason);
        assertThat(rejected.rejection().lineNumber()).isEqualTo(2);
        assertThat(rejected.rejection().rawLine()).isEqualTo(csv);
    }

    @Test
    void acceptsLeadingZerosFullPrecisionAndAnyCaseOfTypeAndCurrency() throws IOException {
        UsageOutcome outcome = validate(HEADER, "u9,012345678901,2026-03-31,AmazonS3,usage,-0.0000000001,usd");
        assertThat(outcome).isEqualTo(new UsageOutcome.Accepted("usage.csv", 2,
                "u9,012345678901,2026-03-31,AmazonS3,usage,-0.0000000001,usd", new UsageLine("u9",
                new AccountId("012345678901"), LocalDate.of(2026, 3, 31), "AmazonS3", ChargeType.USAGE,
                new BigDecimal("-0.0000000001"), "")));
    }

    @Test
    void aNativeAmountMayHaveTenDecimalsOrAnExponentThatKeepsWithinThem() throws IOException {
        assertThat(((UsageOutcome.Accepted) validate(HEADER, "a1,111111111111,2026-03-05,AmazonEC2,USAGE,9.9999999999,USD"))
                .line().amount()).isEqualByComparingTo("9.9999999999");
        assertThat(((UsageOutcome.Accepted) validate(HEADER, "a2,111111111111,2026-03-05,AmazonEC2,USAGE,1.5E+3,USD"))
                .line().amount()).isEqualByComparingTo("1500");
        assertThat(((UsageOutcome.Accepted) validate(HEADER, "a3,111111111111,2026-03-05,AmazonEC2,USAGE,2.5E-9,USD"))
                .line().amount()).isEqualByComparingTo("0.0000000025");
    }

    @Test
    void anAmountAtTheLimitIsAccepted() throws IOException {
        assertThat(((UsageOutcome.Accepted) validate(HEADER, "b1,111111111111,2026-03-05,AmazonEC2,USAGE,-1000000000000,USD"))
                .line().amount()).isEqualByComparingTo("-1000000000000");
    }

    @Test
    void aCurAmountKeepsThePrecisionAwsGaveIt() throws IOException {
        UsageOutcome outcome = validate("identity/LineItemId,lineItem/UsageAccountId,lineItem/UsageStartDate,"
                + "lineItem/ProductCode,lineItem/LineItemType,lineItem/UnblendedCost,lineItem/CurrencyCode,"
                + "bill/BillingEntity,identity/TimeInterval",
                "c1,111111111111,2026-03-05T00:00:00Z,AmazonEC2,Usage,2.1E-11,USD,AWS,"
                        + "2026-03-05T00:00:00Z/2026-03-06T00:00:00Z");
        assertThat(((UsageOutcome.Accepted) outcome).line().amount()).isEqualTo(new BigDecimal("2.1E-11"));
    }

    @Test
    void columnsMayComeInAnyOrderWithUnknownOnes() throws IOException {
        UsageOutcome outcome = validate("Currency,AMOUNT,note,charge_type,service,usage_date,account_id,line_item_id",
                "USD,5,\"any, note\",FEE,AmazonEC2,2026-03-01,111111111111,z1");
        assertThat(((UsageOutcome.Accepted) outcome).line().amount()).isEqualTo(new BigDecimal("5"));
    }

    @Test
    void theSecondOccurrenceOfALineItemIdIsADuplicateAndAnInvalidFirstDoesNotCount() throws IOException {
        assertThat(validate(HEADER, "d1,111111111111,2026-03-05,AmazonEC2,USAGE,bad,USD"))
                .isInstanceOf(UsageOutcome.Rejected.class);
        assertThat(validate(HEADER, "d1,111111111111,2026-03-05,AmazonEC2,USAGE,1,USD"))
                .isInstanceOf(UsageOutcome.Accepted.class);
        UsageOutcome duplicate = validate(HEADER, "d1,111111111111,2026-03-06,AmazonEC2,USAGE,2,USD");
        assertThat(((UsageOutcome.Rejected) duplicate).rejection().reason()).isEqualTo(RejectReason.DUPLICATE_LINE_ITEM);
    }
}
