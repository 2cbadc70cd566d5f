package com.supportbilling.intake.reference;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.RowShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** accounts.csv: account, name, payer (itself when blank), the payer's country. */
public final class AccountsFile {

    public static final String NAME = "accounts.csv";
    static final List<String> REQUIRED = List.of("account_id", "payer_account_id");

    private AccountsFile() {
    }

    public static Result read(Path path) {
        try (CsvFile file = CsvFile.openRequired(path, REQUIRED)) {
            CsvHeader header = file.header();
            Map<AccountId, Account> accounts = new LinkedHashMap<>();
            Map<AccountId, Long> firstLine = new HashMap<>();
            List<Rejection> rejections = new ArrayList<>();
            long rows = RowShape.readAll(file, rejections,
                    record -> validate(file.name(), header, record, accounts, firstLine));
            if (rows == 0) {
                throw new InputRefusedException(path + " has its header line but no account: every run bills the "
                        + "accounts it lists. Check the export that wrote it.");
            }
            if (accounts.isEmpty()) { // billing nobody, with exit 0, is no month-end (D55)
                Rejection first = rejections.get(0);
                throw new InputRefusedException(path + " lists no usable account: " + (rows == 1 ? "its one row was"
                        : "all its " + rows + " rows were") + " rejected (line " + first.lineNumber() + ": "
                        + first.message() + "). Check the export that wrote it.");
            }
            return new Result(accounts, rejections, rows);
        }
    }

    private static Optional<Rejection> validate(String file, CsvHeader header, CsvRecord record,
            Map<AccountId, Account> accounts, Map<AccountId, Long> firstLine) {
        String id = header.value(record, "account_id");
        if (!AccountId.isValid(id)) {
            return Optional.of(Rejection.of(file, record, RejectReason.INVALID_ACCOUNT_ID,
                    "account_id '" + id + "' is not 12 digits"));
        }
        String payer = header.value(record, "payer_account_id");
        if (!payer.isEmpty() && !AccountId.isValid(payer)) {
            return Optional.of(Rejection.of(file, record, RejectReason.INVALID_ACCOUNT_ID,
                    "payer_account_id '" + payer + "' is not 12 digits"));
        }
        AccountId account = new AccountId(id);
        if (accounts.containsKey(account)) {
            return Optional.of(Rejection.of(file, record, RejectReason.DUPLICATE_ACCOUNT,
                    "account " + id + " is listed twice; line " + firstLine.get(account) + " counts"));
        }
        String country = header.value(record, "country");
        accounts.put(account, new Account(account, header.value(record, "account_name"),
                payer.isEmpty() ? account : new AccountId(payer), country.isEmpty() ? null : country));
        firstLine.put(account, record.lineNumber());
        return Optional.empty();
    }

    /** The accepted accounts in file order, the rejected rows and the number of rows read. */
    public record Result(Map<AccountId, Account> accounts, List<Rejection> rejections, long rowsRead) {
    }
}
