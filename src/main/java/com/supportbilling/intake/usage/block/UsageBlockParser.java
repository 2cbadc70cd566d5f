package com.supportbilling.intake.usage.block;

import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import com.supportbilling.intake.usage.AmountLimit;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageLine;
import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.intake.usage.UsageRowValidator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Validates a block's rows but for duplicates (R10), on any thread. In the native layout a plain line —
 * no quote, no lone carriage return, nothing beyond ASCII — is read on the fast path; any other record,
 * and a plain line the fast path does not accept, goes through the general reader and validator, as do
 * all rows of an AWS report, and the rows of a Parquet file, which come already split.
 */
public final class UsageBlockParser {

    private final YearMonth month;
    private final AccountIndex accounts;
    private final FeeBasePolicy policy;
    private final AmountLimit limit;
    private final UsageRowValidator validator;

    public UsageBlockParser(YearMonth month, AccountIndex accounts, FeeBasePolicy policy, AmountLimit limit) {
        this.month = month;
        this.accounts = accounts;
        this.policy = policy;
        this.limit = limit;
        this.validator = new UsageRowValidator(month, account -> accounts.indexOf(account) >= 0, limit);
    }

    /** Parses a block: its rows validated but for duplicates, with the fingerprints of the valid ones. */
    public ParsedBlock parse(UsageBlock block) {
        ParsedBlock out = new ParsedBlock(block);
        Consumer<UsageOutcome> slow = outcome -> add(outcome, out);
        if (block.records() != null) {
            records(block, slow);
        } else if (block.columns().layout() != UsageLayout.NATIVE) {
            general(block, 0, block.length(), block.firstLine(), slow);
        } else {
            FastLineParser fast = new FastLineParser(month, accounts, policy, block.columns(), limit);
            walk(block, (from, to, line) -> {
                if (!fast.parse(block.bytes(), from, to, line, out)) {
                    general(block, from, to, line, slow);
                    out.startAt(from);
                }
            }, (from, to, line) -> {
                general(block, from, to, line, slow);
                out.startAt(from);
            });
        }
        return out;
    }

    /**
     * The accepted rows whose line item id has one of the {@code wanted} fingerprints, in file order,
     * with their line numbers: settling suspects reads only those rows fully.
     */
    void scan(UsageBlock block, Fingerprints wanted, ObjLongConsumer<UsageOutcome.Accepted> rows) {
        Consumer<UsageOutcome> matching = outcome -> {
            if (outcome instanceof UsageOutcome.Accepted accepted
                    && wanted.contains(Fingerprints.of(accepted.line().lineItemId()))) {
                rows.accept(accepted, accepted.lineNumber());
            }
        };
        if (block.records() != null) {
            records(block, matching);
            return;
        }
        if (block.columns().layout() != UsageLayout.NATIVE) {
            general(block, 0, block.length(), block.firstLine(), matching);
            return;
        }
        int idColumn = block.columns().position(UsageLayout.Columns.ID);
        walk(block, (from, to, line) -> {
            long id = idFingerprint(block.bytes(), from, to, idColumn);
            if (id == 0 || wanted.contains(id)) {
                general(block, from, to, line, matching);
            }
        }, (from, to, line) -> general(block, from, to, line, matching));
    }

    private void add(UsageOutcome outcome, ParsedBlock out) {
        if (outcome instanceof UsageOutcome.Accepted accepted) {
            UsageLine line = accepted.line();
            FeeBasePolicy.Exclusion exclusion = policy.exclusion(line.chargeType(), line.service(), line.billingEntity());
            out.slow(outcome, Fingerprints.of(line.lineItemId()), accounts.indexOf(line.account()),
                    exclusion == null ? ParsedBlock.IN_BASE : (byte) exclusion.ordinal());
        } else {
            out.slow(outcome, 0, -1, ParsedBlock.IN_BASE);
        }
    }

    /** Rows already split (Parquet) through the general validator. */
    private void records(UsageBlock block, Consumer<UsageOutcome> rows) {
        for (CsvRecord record : block.records()) {
            rows.accept(validator.check(block.file(), block.columns(), record));
        }
    }

    /** Records of {@code bytes[from, to)} through the general reader and validator, numbered from {@code line}. */
    private void general(UsageBlock block, int from, int to, long line, Consumer<UsageOutcome> rows) {
        String text = new String(block.bytes(), from, to - from, StandardCharsets.UTF_8);
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text), false)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                CsvRecord numbered = new CsvRecord(line - 1 + record.lineNumber(), record.raw(), record.fields(),
                        record.malformation());
                rows.accept(validator.check(block.file(), block.columns(), numbered));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Walks a block record by record. A plain line (not blank) goes to {@code plain} without its line
     * end; a record with a quote, a lone carriage return or a byte beyond ASCII — framed as the CSV
     * reader frames it, maybe over several lines — goes whole to {@code special}.
     */
    private static void walk(UsageBlock block, LineVisitor plain, LineVisitor special) {
        byte[] b = block.bytes();
        int length = block.length();
        int from = 0;
        long line = block.firstLine();
        while (from < length) {
            int to = length;
            int next = length;
            boolean odd = false;
            for (int i = RecordBytes.nextSpecial(b, from, length); i < length; i = RecordBytes.nextSpecial(b, i + 1, length)) {
                byte c = b[i];
                if (c == '\n') {
                    to = i;
                    next = i + 1;
                    break;
                }
                if (c == '\r') {
                    if (i + 1 < length && b[i + 1] == '\n') {
                        to = i;
                        next = i + 2;
                        break;
                    }
                    odd = true;
                } else {
                    odd = true; // a quote or a byte beyond ASCII
                }
            }
            if (odd) {
                RecordFramer framer = new RecordFramer(from);
                framer.scan(b, length, true, true);
                special.visit(from, framer.boundary(), line);
                line += framer.linesAtBoundary();
                from = framer.boundary();
            } else {
                if (!isBlank(b, from, to)) {
                    plain.visit(from, to, line);
                }
                line++;
                from = next;
            }
        }
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!FastLineParser.isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** The fingerprint of the stripped field {@code column} of a plain line, or 0 when it has fewer fields. */
    private static long idFingerprint(byte[] b, int from, int to, int column) {
        int start = from;
        for (int c = 0; c < column; c++) {
            while (start < to && b[start] != ',') {
                start++;
            }
            if (start == to) {
                return 0;
            }
            start++;
        }
        int end = start;
        while (end < to && b[end] != ',') {
            end++;
        }
        while (start < end && FastLineParser.isSpace(b[start])) {
            start++;
        }
        while (end > start && FastLineParser.isSpace(b[end - 1])) {
            end--;
        }
        return Fingerprints.of(b, start, end);
    }

    @FunctionalInterface
    private interface LineVisitor {
        void visit(int from, int to, long lineNumber);
    }
}
