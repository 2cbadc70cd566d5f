package com.supportbilling.intake.usage.block;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFigures;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageLine;
import com.supportbilling.intake.usage.UsageOutcome;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes parsed blocks in file order, on one thread: each account's fee base (R2), what was left out of
 * it, and rows read and rejected per file and per reason. Every valid row counts at once; the
 * {@link DuplicateWatch} learns its fingerprint meanwhile. Once the files are read, {@link #settle}
 * reads again the rows whose fingerprint repeats, rejects those whose id a valid row before them had
 * (R10: the first valid occurrence counts) and takes their amounts out of the sums again, which are
 * then exactly those that never had them (D80).
 */
public final class UsageAccumulator implements UsageFigures {

    private final List<String> files;
    private final AccountIndex accounts;
    private final FeeBasePolicy policy;
    private final long[] read;
    private final long[] rejected;
    private final Map<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);
    private final ExactSum accepted = ExactSum.fromZero();
    private final ExactSum[] bases;
    private final ExactSum[] excluded = new ExactSum[FeeBasePolicy.Exclusion.values().length];
    private final DuplicateWatch duplicates;
    /** Where each block taken lay; null once a block could not be read again at a position (D151). */
    private List<BlockFrame> frames = new ArrayList<>();

    public UsageAccumulator(List<String> files, AccountIndex accounts, FeeBasePolicy policy, DuplicateWatch duplicates) {
        this.files = List.copyOf(files);
        this.accounts = accounts;
        this.policy = policy;
        this.read = new long[files.size()];
        this.rejected = new long[files.size()];
        this.bases = new ExactSum[accounts.size()];
        this.duplicates = duplicates;
    }

    /** The watch the parsing threads report this intake's fingerprints to. */
    public DuplicateWatch duplicates() {
        return duplicates;
    }

    /** Counts a block's rows; rejected ones also go to {@code rejects}, in file order. */
    public void add(ParsedBlock parsed, Consumer<Rejection> rejects) {
        int file = parsed.block.fileIndex();
        read[file] += parsed.rows;
        frame(parsed.block);
        for (int i = 0; i < parsed.rows; i++) {
            UsageOutcome outcome = parsed.slow[i];
            if (outcome == null) {
                sum(parsed.account[i], parsed.cause[i]).addUnits(parsed.units[i], parsed.scale[i]);
                accepted.addUnits(parsed.units[i], parsed.scale[i]);
            } else if (outcome instanceof UsageOutcome.Rejected rejection) {
                reject(file, rejection.rejection());
                rejects.accept(rejection.rejection());
            } else {
                BigDecimal amount = ((UsageOutcome.Accepted) outcome).line().amount();
                sum(parsed.account[i], parsed.cause[i]).add(amount);
                accepted.add(amount);
            }
        }
    }

    /**
     * Settles the repeats: reads again the rows whose fingerprint was repeated and, in file order,
     * rejects a row whose id a valid row before it had, taking its amount out of the sums. Late
     * rejections go to {@code rejects}, in file order.
     */
    public void settle(SuspectResolver resolver, Consumer<Rejection> rejects) {
        Fingerprints repeated = duplicates.repeated();
        if (repeated.size() == 0) {
            return;
        }
        settle(resolver, repeated, duplicates.repeatedRows(), duplicates.columns(), rejects);
    }

    /**
     * Settles the {@code repeated} fingerprints: by reading again their {@code rows} where they lie, with the
     * files' {@code columns}, or, without rows, by reading the files again (D39, D80, D95): the blocks this
     * accumulator took where they lay, when it took every block of the files and each has a position (D151).
     */
    void settle(SuspectResolver resolver, Fingerprints repeated, FingerprintPartitions.Repeats rows,
            Map<Integer, UsageLayout.Columns> columns, Consumer<Rejection> rejects) {
        Consumer<UsageOutcome.Accepted> takeOut = duplicate -> {
            UsageLine line = duplicate.line();
            FeeBasePolicy.Exclusion exclusion = policy.exclusion(line.chargeType(), line.service(), line.billingEntity());
            sum(accounts.indexOf(line.account()), exclusion == null ? ParsedBlock.IN_BASE : (byte) exclusion.ordinal())
                    .remove(line.amount());
            accepted.remove(line.amount());
            Rejection rejection = duplicate.asDuplicate();
            reject(files.indexOf(rejection.sourceFile()), rejection);
            rejects.accept(rejection);
        };
        if (rows != null) {
            resolver.resolve(repeated, rows, columns, takeOut);
        } else if (frames != null && !frames.isEmpty()) {
            resolver.resolve(repeated, frames, takeOut);
        } else {
            resolver.resolve(repeated, takeOut);
        }
    }

    /**
     * Writes everything counted so far — rows per file and per reason, the sums with their counts per
     * scale — for a manager to add up with {@link #addFigures} (D93, D95).
     */
    void writeFigures(DataOutputStream out) throws IOException {
        out.writeInt(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.writeLong(read[i]);
            out.writeLong(rejected[i]);
        }
        out.writeInt(rejectedByReason.size());
        for (Map.Entry<RejectReason, Long> reason : rejectedByReason.entrySet()) {
            out.writeUTF(reason.getKey().name());
            out.writeLong(reason.getValue());
        }
        accepted.writeTo(out);
        int counted = 0;
        for (ExactSum base : bases) {
            counted += base == null ? 0 : 1;
        }
        out.writeInt(counted);
        for (int i = 0; i < bases.length; i++) {
            if (bases[i] != null) {
                out.writeLong(Long.parseLong(accounts.account(i).value()));
                bases[i].writeTo(out);
            }
        }
        for (ExactSum cause : excluded) {
            out.writeBoolean(cause != null);
            if (cause != null) {
                cause.writeTo(out);
            }
        }
    }

    /**
     * Adds what {@link #writeFigures} wrote of another intake of the same files, as if counted here: read from a
     * buffer of the whole file, which a manager reads for every partition (D156).
     */
    void addFigures(ByteBuffer in) throws IOException {
        int fileCount = in.getInt();
        if (fileCount != files.size()) {
            throw new IOException("figures of " + fileCount + " usage files, not " + files.size());
        }
        for (int i = 0; i < fileCount; i++) {
            read[i] += in.getLong();
            rejected[i] += in.getLong();
        }
        for (int reasons = in.getInt(); reasons > 0; reasons--) {
            rejectedByReason.merge(RejectReason.valueOf(name(in)), in.getLong(), Long::sum);
        }
        accepted.add(ExactSum.readFrom(in));
        for (int counted = in.getInt(); counted > 0; counted--) {
            long account = in.getLong();
            int index = accounts.indexOf(account);
            if (index < 0) {
                throw new IOException(String.format("figures of account %012d, which is not one of the month's accounts",
                        account));
            }
            sum(index, ParsedBlock.IN_BASE).add(ExactSum.readFrom(in));
        }
        for (int cause = 0; cause < excluded.length; cause++) {
            if (in.get() != 0) {
                sum(0, (byte) cause).add(ExactSum.readFrom(in));
            }
        }
    }

    /** A reason's name as {@link DataOutputStream#writeUTF} wrote it: its length, then its letters, all ASCII. */
    private static String name(ByteBuffer in) {
        byte[] name = new byte[in.getShort() & 0xffff];
        in.get(name);
        return new String(name, StandardCharsets.US_ASCII);
    }

    /** Each account's fee base: the exact sum of its eligible lines, as BigDecimal addition gives it. */
    public Map<AccountId, BigDecimal> bases() {
        Map<AccountId, BigDecimal> result = new HashMap<>();
        for (int i = 0; i < bases.length; i++) {
            if (bases[i] != null && !bases[i].isEmpty()) {
                result.put(accounts.account(i), bases[i].value());
            }
        }
        return result;
    }

    public List<FileCount> fileCounts() {
        List<FileCount> counts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            counts.add(new FileCount(files.get(i), read[i], rejected[i]));
        }
        return counts;
    }

    public Map<RejectReason, Long> rejectedByReason() {
        return rejectedByReason;
    }

    public BigDecimal acceptedTotal() {
        return accepted.value();
    }

    public Map<FeeBasePolicy.Exclusion, BigDecimal> excludedByCause() {
        Map<FeeBasePolicy.Exclusion, BigDecimal> result = new LinkedHashMap<>();
        for (FeeBasePolicy.Exclusion cause : FeeBasePolicy.Exclusion.values()) {
            if (excluded[cause.ordinal()] != null && !excluded[cause.ordinal()].isEmpty()) {
                result.put(cause, excluded[cause.ordinal()].value());
            }
        }
        return result;
    }

    private ExactSum sum(int account, byte cause) {
        if (cause == ParsedBlock.IN_BASE) {
            if (bases[account] == null) {
                bases[account] = ExactSum.fromFirst();
            }
            return bases[account];
        }
        if (excluded[cause] == null) {
            excluded[cause] = ExactSum.fromFirst();
        }
        return excluded[cause];
    }

    /** Keeps where the block lay, until a block without a position makes the frames of no use. */
    private void frame(UsageBlock block) {
        if (frames == null) {
            return;
        }
        BlockFrame frame = BlockFrame.of(block);
        if (frame == null) {
            frames = null;
        } else {
            frames.add(frame);
        }
    }

    private void reject(int file, Rejection rejection) {
        rejected[file]++;
        rejectedByReason.merge(rejection.reason(), 1L, Long::sum);
    }
}
