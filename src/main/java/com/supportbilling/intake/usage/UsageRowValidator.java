package com.supportbilling.intake.usage;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.ChargeType;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.RowShape;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * R10 for usage rows, checked in this order so that a row gets its first fault: shape, account id,
 * date, period, amount, currency, charge type, known account, and last the duplicate line item id —
 * so the first valid occurrence of an id counts, in file name order. Thread-safe: the ids seen are the
 * caller's.
 */
public final class UsageRowValidator {

    private static final String USD = "USD";

    private final YearMonth month;
    private final Predicate<AccountId> knownAccount;
    private final AmountLimit limit;

    public UsageRowValidator(YearMonth month, Predicate<AccountId> knownAccount, AmountLimit limit) {
        this.month = month;
        this.knownAccount = knownAccount;
        this.limit = limit;
    }

    /** Validates a row and checks its line item id against those seen before: the whole of R10. */
    public UsageOutcome validate(String file, UsageLayout.Columns columns, CsvRecord record, LineItemIds seen) {
        UsageOutcome outcome = check(file, columns, record);
        if (outcome instanceof UsageOutcome.Accepted accepted && !seen.firstSighting(accepted.line().lineItemId())) {
            return new UsageOutcome.Rejected(accepted.asDuplicate());
        }
        return outcome;
    }

    /** Validates a row but for duplicates, which need every row before it in file order. */
    public UsageOutcome check(String file, UsageLayout.Columns columns, CsvRecord record) {
        Optional<Rejection> shape = RowShape.check(file, columns.width(), record);
        if (shape.isPresent()) {
            return new UsageOutcome.Rejected(shape.get());
        }
        RawUsage raw = columns.extract(record);
        if (raw.lineItemId().isEmpty()) {
            return reject(file, record, RejectReason.MALFORMED_ROW, "the line item id is empty");
        }
        if (!AccountId.isValid(raw.accountId())) {
            return reject(file, record, RejectReason.INVALID_ACCOUNT_ID, raw.accountId().isEmpty()
                    ? "the account id is empty: the row cannot be given to any account's base"
                    : "account id '" + raw.accountId() + "' is not 12 digits");
        }
        LocalDate date;
        try {
            date = columns.layout().usageDate(raw.usageDate());
        } catch (DateTimeException e) {
            return reject(file, record, RejectReason.INVALID_DATE, "usage date '" + raw.usageDate() + "' is not a date");
        }
        if (!YearMonth.from(date).equals(month)) {
            return reject(file, record, RejectReason.WRONG_PERIOD, "usage date " + date + " is not in " + month);
        }
        BigDecimal amount;
        try {
            if (!AmountLimit.isAscii(raw.amount())) {
                throw new NumberFormatException("digits beyond ASCII");
            }
            amount = new BigDecimal(raw.amount());
        } catch (NumberFormatException e) {
            return reject(file, record, RejectReason.INVALID_AMOUNT, "amount '" + raw.amount() + "' is not a number");
        }
        if (limit.exceeds(amount)) {
            return reject(file, record, RejectReason.INVALID_AMOUNT, "amount " + raw.amount() + " is beyond "
                    + limit.max().toPlainString() + " (billing.max-line-amount): a broken export, not a charge");
        }
        if (!columns.layout().acceptsScale(amount.scale())) {
            return reject(file, record, RejectReason.INVALID_AMOUNT, "amount '" + raw.amount() + "' has more than "
                    + UsageLayout.NATIVE_MAX_DECIMALS + " decimals");
        }
        if (!USD.equalsIgnoreCase(raw.currency())) {
            return reject(file, record, RejectReason.UNSUPPORTED_CURRENCY, raw.currency().isEmpty()
                    ? "the currency is empty; amounts must be in USD"
                    : "currency " + raw.currency() + " is not USD");
        }
        Optional<ChargeType> type = columns.layout().chargeType(raw.chargeType());
        if (type.isEmpty()) {
            return reject(file, record, RejectReason.UNKNOWN_CHARGE_TYPE, "charge type '" + raw.chargeType() + "' is unknown");
        }
        AccountId account = new AccountId(raw.accountId());
        if (!knownAccount.test(account)) {
            return reject(file, record, RejectReason.UNKNOWN_ACCOUNT, "account " + account + " is not in accounts.csv");
        }
        return new UsageOutcome.Accepted(file, record.lineNumber(), record.raw(), new UsageLine(raw.lineItemId(), account,
                date, raw.service(), type.get(), amount, raw.billingEntity()));
    }

    private static UsageOutcome reject(String file, CsvRecord record, RejectReason reason, String message) {
        return new UsageOutcome.Rejected(Rejection.of(file, record, reason, message));
    }
}
