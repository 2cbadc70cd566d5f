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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the fast path accepts, the validator accepts, with the same account, amount and base cause. */
class FastLineParserTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
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
    private static final String[] PARTS_OF_A_VALID_LINE = {"id-1", "012345678901", "2026-03-01", "AmazonEC2", "USAGE", "1",
            "USD"};

    @Test
    void aSpaceIsWhatStripSeesAsWhiteSpaceInAsciiAndNoOtherByte() {
        for (int value = Byte.MIN_VALUE; value <= Byte.MAX_VALUE; value++) {
            boolean white = value >= 0 && Character.isWhitespace((char) value) && value != '\n' && value != '\r';
            assertThat(FastLineParser.isSpace((byte) value)).as("byte %d", value).isEqualTo(white);
        }
    }

    @Test
    void aPlainValidLineIsReadWithItsAmountInUnits() throws IOException {
        ParsedBlock out = parse("id-1,012345678901,2026-03-05,AmazonEC2,USAGE,12.5,USD");
        assertThat(out.rows).isEqualTo(1);
        assertThat(out.units[0]).isEqualTo(125_000_000_000L);
        assertThat(out.scale[0]).isEqualTo((byte) 1);
        assertThat(out.cause[0]).isEqualTo(ParsedBlock.IN_BASE);
        assertThat(ACCOUNTS.account(out.account[0]).value()).isEqualTo("012345678901");
    }

    /**
     * Every combination of the parts above (282 240 lines): the fast path accepts exactly the lines the
     * validator accepts whose amount is plain — digits with an optional sign and point, at most 18
     * digits and 10 decimals, within a long in units of 10⁻¹⁰ — with the same values; it declines
     * every other line, which the general path then reads. The validator judges each field on its own,
     * so which lines it accepts follows from judging each part once in an otherwise valid line.
     */
    @Test
    void theFastPathAcceptsExactlyThePlainLinesTheValidatorAcceptsAndReadsThemAlike() throws IOException {
        UsageRowValidator validator = new UsageRowValidator(MARCH, account -> ACCOUNTS.indexOf(account) >= 0, LIMIT);
        boolean[][] valid = new boolean[PARTS.length][];
        for (int i = 0; i < PARTS.length; i++) {
            valid[i] = new boolean[PARTS[i].length];
            for (int j = 0; j < PARTS[i].length; j++) {
                String[] fields = PARTS_OF_A_VALID_LINE.clone();
                fields[i] = PARTS[i][j];
                valid[i][j] = validate(validator, String.join(",", fields)) instanceof UsageOutcome.Accepted;
            }
        }
        FastLineParser parser = new FastLineParser(MARCH, ACCOUNTS, POLICY, COLUMNS, LIMIT);
        ParsedBlock fast = new ParsedBlock(new UsageBlock(0, "usage.csv", COLUMNS, 7, new byte[0], 0));
        int combinations = Arrays.stream(PARTS).mapToInt(part -> part.length).reduce(1, (a, b) -> a * b);
        int read = 0;
        for (int n = 0; n < combinations; n++) {
            String[] fields = new String[PARTS.length];
            boolean accepted = true;
            for (int i = 0, rest = n; i < PARTS.length; rest /= PARTS[i].length, i++) {
                fields[i] = PARTS[i][rest % PARTS[i].length];
                accepted &= valid[i][rest % PARTS[i].length];
            }
            String line = String.join(",", fields);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            fast.rows = 0;
            parser.parse(bytes, 0, bytes.length, 7, fast);
            boolean plain = accepted && isPlainAmount(fields[5].strip());
            if (fast.rows != (plain ? 1 : 0)) {
                assertThat(fast.rows).as("fast path reads: %s", line).isEqualTo(plain ? 1 : 0);
            }
            if (plain) {
                assertReadAlike(line, fast, (UsageOutcome.Accepted) validate(validator, line));
                read++;
            }
        }
        assertThat(combinations).isEqualTo(282_240);
        // ids 3 × accounts 2 × dates 3 × services 4 × types 6 × plain amounts 9 × currencies 3
        assertThat(read).as("lines the fast path read").isEqualTo(3 * 2 * 3 * 4 * 6 * 9 * 3);
    }

    private static UsageOutcome validate(UsageRowValidator validator, String line) throws IOException {
        CsvRecord record = new CsvRecordReader(new StringReader(line)).next();
        return validator.check("usage.csv", COLUMNS, new CsvRecord(7, record.raw(), record.fields(), null));
    }

    @Test
    void aLineBeyondTheAmountLimitIsLeftToTheValidator() {
        byte[] bytes = "id-1,012345678901,2026-03-05,AmazonEC2,USAGE,500.01,USD".getBytes(StandardCharsets.UTF_8);
        ParsedBlock out = new ParsedBlock(new UsageBlock(0, "usage.csv", COLUMNS, 7, bytes, bytes.length));
        boolean read = new FastLineParser(MARCH, ACCOUNTS, POLICY, COLUMNS, new AmountLimit(new BigDecimal("500")))
                .parse(bytes, 0, bytes.length, 7, out);
        assertThat(read).isFalse();
        assertThat(out.rows).isZero();
    }

    private static void assertReadAlike(String line, ParsedBlock fast, UsageOutcome.Accepted accepted) {
        assertThat(ACCOUNTS.account(fast.account[0])).as(line).isEqualTo(accepted.line().account());
        assertThat(BigDecimal.valueOf(fast.units[0], ExactSum.UNIT_SCALE).setScale(fast.scale[0]))
                .as(line).isEqualTo(accepted.line().amount());
        FeeBasePolicy.Exclusion exclusion = POLICY.exclusion(accepted.line().chargeType(), accepted.line().service(), "");
        assertThat(fast.cause[0]).as(line).isEqualTo(exclusion == null ? ParsedBlock.IN_BASE : (byte) exclusion.ordinal());
        assertThat(fast.fingerprint[0]).as(line).isEqualTo(Fingerprints.of(accepted.line().lineItemId()));
        assertThat(fast.lineNumber[0]).isEqualTo(7);
    }

    private static boolean isPlainAmount(String amount) {
        if (!PLAIN_AMOUNT.matcher(amount).matches() || amount.replaceAll("[^0-9]", "").length() > 18) {
            return false;
        }
        BigDecimal value = new BigDecimal(amount);
        return value.scale() <= ExactSum.UNIT_SCALE
                && value.movePointRight(ExactSum.UNIT_SCALE).abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private static ParsedBlock parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        ParsedBlock out = new ParsedBlock(new UsageBlock(0, "usage.csv", COLUMNS, 7, bytes, bytes.length));
        new FastLineParser(MARCH, ACCOUNTS, POLICY, COLUMNS, LIMIT).parse(bytes, 0, bytes.length, 7, out);
        return out;
    }
}
