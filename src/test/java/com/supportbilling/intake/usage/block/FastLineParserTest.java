package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import com.supportbilling.intake.usage.AmountLimit;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.intake.usage.UsageRowValidator;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What the fast path accepts, the validator accepts, with the same account, amount and base cause. */
class FastLineParserTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final AmountLimit LIMIT = new AmountLimit(new BigDecimal("1E12"));
    private static final AccountIndex ACCOUNTS = new AccountIndex(List.of(new AccountId("012345678901"),
            new AccountId("111111111111")));
    private static final FeeBasePolicy POLICY = new FeeBasePolicy(List.of("AWSDeveloperSupport", "AWSMarketplace"));
    private static final UsageLayout.Columns COLUMNS = UsageLayout.detect("usage.csv", new CsvHeader(List.of(
            "line_item_id", "account_id", "usage_date", "service", "charge_type", "amount", "currency")));
    private static final String[][] PARTS = {
            {"id-1", " id-2 ", "", "id\t3"},
            {"012345678901", "111111111111", " 111111111111", "11111111111", "999999999999", "01234567890x"},
            {"2026-03-01", "2026-03-31", "2026-03-32", "2026-02-28", "2026-3-05", " 2026-03-15\t"},
            {"AmazonEC2", "awsdevelopersupport", " AWSMarketplace ", "AmazonS3"},
            {"USAGE", "usage", "Fee", "CREDIT", "TAX", "RIFEE", " DISCOUNT"},
            {"1", "-2.5", "+3.25", "0.0000000001", "12345678.1234567890", ".5", "5.", "1E3", "1,0", "-",
                    "123456789012345678", "1234567890123456789", "0.00000000001", "00010.10"},
            {"USD", "usd", " Usd ", "EUR", ""}};

    @Test
    void aPlainValidLineIsReadWithItsAmountInUnits() throws IOException {
        ParsedBlock out = parse("id-1,012345678901,2026-03-05,AmazonEC2,USAGE,12.5,USD");
        assertThat(out.rows).isEqualTo(1);
        assertThat(out.units[0]).isEqualTo(125_000_000_000L);
        assertThat(out.scale[0]).isEqualTo((byte) 1);
        assertThat(out.cause[0]).isEqualTo(ParsedBlock.IN_BASE);
        assertThat(ACCOUNTS.account(out.account[0]).value()).isEqualTo("012345678901");
    }

    @RepeatedTest(500)
    void whatTheFastPathAcceptsTheValidatorAcceptsAlike() throws IOException {
        Random random = new Random();
        String[] fields = new String[PARTS.length];
        for (int i = 0; i < PARTS.length; i++) {
            fields[i] = PARTS[i][random.nextInt(PARTS[i].length)];
        }
        String line = String.join(",", fields);
        ParsedBlock fast = parse(line);
        CsvRecord record = new CsvRecordReader(new StringReader(line)).next();
        UsageOutcome outcome = new UsageRowValidator(MARCH, account -> ACCOUNTS.indexOf(account) >= 0, LIMIT)
                .check("usage.csv", COLUMNS, new CsvRecord(7, record.raw(), record.fields(), null));
        if (fast.rows == 0) {
            return;
        }
        assertThat(outcome).as(line).isInstanceOf(UsageOutcome.Accepted.class);
        UsageOutcome.Accepted accepted = (UsageOutcome.Accepted) outcome;
        assertThat(ACCOUNTS.account(fast.account[0])).isEqualTo(accepted.line().account());
        assertThat(BigDecimal.valueOf(fast.units[0], ExactSum.UNIT_SCALE).setScale(fast.scale[0]))
                .as(line).isEqualTo(accepted.line().amount());
        FeeBasePolicy.Exclusion exclusion = POLICY.exclusion(accepted.line().chargeType(), accepted.line().service(), "");
        assertThat(fast.cause[0]).isEqualTo(exclusion == null ? ParsedBlock.IN_BASE : (byte) exclusion.ordinal());
        assertThat(fast.fingerprint[0]).isEqualTo(Fingerprints.of(accepted.line().lineItemId()));
        assertThat(fast.lineNumber[0]).isEqualTo(7);
    }

    private static ParsedBlock parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        ParsedBlock out = new ParsedBlock(new UsageBlock(0, "usage.csv", COLUMNS, 7, bytes, bytes.length));
        new FastLineParser(MARCH, ACCOUNTS, POLICY, COLUMNS, LIMIT).parse(bytes, 0, bytes.length, 7, out);
        return out;
    }
}
