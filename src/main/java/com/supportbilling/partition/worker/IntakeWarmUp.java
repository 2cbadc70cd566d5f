package com.supportbilling.partition.worker;

import com.supportbilling.application.RunContext;
import com.supportbilling.application.RunParameters;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.PartitionIntake;
import com.supportbilling.output.OutputRows;
import com.supportbilling.partition.PartitionFolders;
import com.supportbilling.settings.BillingProperties;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Readies a worker's usage intake before it takes its first partition (D133). A worker is a service, started
 * long before a month is billed; without this, its first partition runs while the JIT compiler is still
 * compiling the intake, several times slower than the next ones. A made-up month of native usage lines, bad
 * ones of every kind among them, is written to a folder of the worker's own, read as a partition is read —
 * blocks framed, parsed by the parser threads, taken in order, fingerprints and figures written — and removed.
 * It is read again while the JIT compilers are still busy: the optimizing compiler drops a queued method that
 * was not run for 50 ms, so a single pass left most of the intake to be compiled during the first partitions
 * (D144). Nothing reaches the database, the broker or the shared folder. It runs as the worker starts, before
 * the listener takes requests.
 */
final class IntakeWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeWarmUp.class);

    private static final YearMonth MONTH = YearMonth.of(2000, 1);
    private static final int ACCOUNTS = 20_000;
    /** The made-up accounts' ids; the usage also names a few others, which no account has (UNKNOWN_ACCOUNT). */
    private static final String[] ACCOUNT_IDS = IntStream.range(0, ACCOUNTS)
            .mapToObj(i -> String.valueOf(900_000_000_000L + i)).toArray(String[]::new);
    private static final String[] SERVICES = {"AmazonEC2", "AmazonS3", "AmazonRDS", "AWSLambda", "AmazonCloudFront",
            "AmazonDynamoDB", "AmazonCloudWatch", "AmazonVPC", "AmazonEKS", "AWSDataTransfer"};
    private static final String[] CHARGE_TYPES = {"USAGE", "USAGE", "USAGE", "USAGE", "USAGE", "USAGE", "FEE",
            "CREDIT", "TAX", "DISCOUNT"};
    /** One line in this many is bad in one of the ways {@link #badLine} knows, as real months have a few. */
    private static final int BAD_EVERY = 400;
    /** At most this many passes over the made-up month. */
    static final int MAX_PASSES = 10;
    /** The compilers are quiet when they spent less than this share of a pass's time compiling. */
    private static final double QUIET = 0.1;

    private final int rows;
    private final Path folder;
    private final BillingProperties properties;
    private final Executor parsers;
    /** The milliseconds the JVM's compilers have spent compiling so far. */
    private final LongSupplier compiling;
    private volatile boolean running;

    /** {@code rows} made-up lines (none: no warm-up), in {@code folder}, which is emptied first and removed afterwards. */
    IntakeWarmUp(int rows, Path folder, BillingProperties properties, Executor parsers) {
        this(rows, folder, properties, parsers, ManagementFactory.getCompilationMXBean()::getTotalCompilationTime);
    }

    IntakeWarmUp(int rows, Path folder, BillingProperties properties, Executor parsers, LongSupplier compiling) {
        this.rows = rows;
        this.folder = folder;
        this.properties = properties;
        this.parsers = parsers;
        this.compiling = compiling;
    }

    @Override
    public void start() {
        running = true;
        if (rows > 0) {
            long started = System.nanoTime();
            try {
                Read read = run();
                log.info("the usage intake warmed up on {} made-up lines ({} rejected), read {} times, in {} ms", read.rows(),
                        read.rejected(), read.passes(), (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) { // only the first partition's speed is at stake: the worker starts all the same
                log.warn("the usage intake's warm-up failed, and the worker takes partitions without it: {}", e.toString(), e);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener on the partition queue, whose container starts in the last phase. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }

    /** The made-up usage lines read, how many of them were rejected, and how many times they were read. */
    record Read(long rows, long rejected, int passes) {
    }

    /** Reads the made-up month through the intake, again while the compilers are busy with it. */
    Read run() {
        return run(OutputRows::rejection); // formatted as rejects.csv rows are, then dropped
    }

    /** {@link #run()}, each rejected line of the last pass given to {@code rejects}. */
    Read run(Consumer<Rejection> rejects) {
        Path input = PartitionFolders.emptied(folder);
        try {
            Path usage = input.resolve("usage-" + MONTH + ".csv");
            long headerBytes = writeUsage(usage, rows, properties.excludedServices());
            writeAccounts(input);
            RunParameters parameters = new RunParameters(MONTH, 1, "warm-up", input, input, null);
            List<UsageFile> files = new RunContext(parameters, properties).input().usageFiles();
            Read read;
            int pass = 0;
            boolean quiet;
            do {
                long compiledBefore = compiling.getAsLong();
                long started = System.nanoTime();
                // what a worker does for a run, then for a partition (WorkerRuns, PartitionReader): the accounts read
                // and indexed, then the usage read
                WorkerRuns.WorkerRun run = WorkerRuns.WorkerRun.of(new RunContext(parameters, properties));
                read = pass(run, files, usage, headerBytes, PartitionFolders.emptied(input.resolve("pass")), ++pass, rejects);
                long passMillis = (System.nanoTime() - started) / 1_000_000;
                quiet = compiling.getAsLong() - compiledBefore <= QUIET * passMillis;
            } while (!quiet && pass < MAX_PASSES);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("the intake's warm-up could not use " + folder + ": " + e.getMessage(), e);
        } finally {
            PartitionFolders.delete(input);
        }
    }

    /** One pass over the made-up month, its results into {@code results}. */
    private Read pass(WorkerRuns.WorkerRun run, List<UsageFile> files, Path usage, long headerBytes, Path results, int pass,
            Consumer<Rejection> rejects) throws IOException {
        try (PartitionIntake intake = new PartitionIntake(PartitionReader.engine(run, files, properties, parsers, results),
                files, 0, headerBytes, Files.size(usage), 2, false, properties.usageBlockSize())) {
            for (ParsedBlock block = intake.next(); block != null; block = intake.next()) {
                intake.add(block, rejects);
            }
            intake.finish(results);
            return new Read(intake.rowsRead(), intake.rowsRejected(), pass);
        }
    }

    /**
     * The accounts, all of the reference data a partition's reader reads: as many as a large reseller's month
     * has, and written as real exports write them — names plain and quoted, a payer's own column blank or naming
     * another account, a country now and then left out — so that reading them is compiled as a month's are (D154).
     */
    static void writeAccounts(Path input) throws IOException {
        String[] countries = {"US", "DE", "GB", "KR", ""};
        StringBuilder accounts = new StringBuilder("account_id,account_name,payer_account_id,country\n");
        for (int i = 0; i < ACCOUNTS; i++) {
            String id = ACCOUNT_IDS[i];
            String name = i % 3 == 0 ? "\"Warm-up " + i + ", Ltd\"" : "Warm-up " + i;
            String payer = i % 5 == 0 ? "" : i % 7 == 1 ? ACCOUNT_IDS[i - 1] : id;
            accounts.append(id).append(',').append(name).append(',').append(payer).append(',')
                    .append(countries[i % countries.length]).append('\n');
        }
        Files.writeString(input.resolve("accounts.csv"), accounts, StandardCharsets.UTF_8);
    }

    /**
     * Writes the made-up usage lines, about one in a hundred of an unknown account and one in {@value #BAD_EVERY}
     * bad in another way; returns the header's bytes.
     */
    private static long writeUsage(Path usage, int rows, List<String> excluded) throws IOException {
        String header = "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n";
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(usage, StandardCharsets.UTF_8)) {
            out.write(header);
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                if (i % BAD_EVERY == BAD_EVERY - 1) {
                    out.append(badLine(i, i / BAD_EVERY)).append('\n');
                    continue;
                }
                line.setLength(0);
                int account = random.nextInt(ACCOUNTS + ACCOUNTS / 100);
                String accountId = account < ACCOUNTS ? ACCOUNT_IDS[account] : String.valueOf(800_000_000_000L + account);
                String service = random.nextInt(100) == 0 ? excluded.get(random.nextInt(excluded.size()))
                        : SERVICES[random.nextInt(SERVICES.length)];
                String type = CHARGE_TYPES[random.nextInt(CHARGE_TYPES.length)];
                long cents = random.nextLong(1, 5_000_000);
                // now and then an id seen before, as a month's repeats (R10)
                line.append("warm-up-").append(i > 0 && random.nextInt(1000) == 0 ? i - 1 : i).append(',')
                        .append(accountId).append(',')
                        .append(MONTH.atDay(1 + random.nextInt(MONTH.lengthOfMonth()))).append(',')
                        .append(service).append(',').append(type).append(',')
                        .append(type.equals("CREDIT") || type.equals("DISCOUNT") ? "-" : "")
                        .append(cents / 100).append(cents % 100 < 10 ? ".0" : ".").append(cents % 100)
                        .append(random.nextInt(4) == 0 ? "0417" : "").append(",USD\n");
                out.append(line);
            }
        }
        return header.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Line {@code i}, bad in the {@code kind}-th of eight ways, each rejected for a reason of its own: a day of
     * the month before or after, an account id of eleven digits, no currency, two bad amounts, a currency, a
     * charge type and a day that does not exist.
     */
    private static String badLine(int i, int kind) {
        String account = ACCOUNT_IDS[i % ACCOUNTS];
        String day = MONTH.atDay(1 + i % MONTH.lengthOfMonth()).toString();
        String otherMonth = (i % 2 == 0 ? MONTH.minusMonths(1).atEndOfMonth() : MONTH.plusMonths(1).atDay(1)).toString();
        String id = "warm-up-" + i;
        return switch (kind % 8) {
            case 0 -> String.join(",", id, account, otherMonth, "AmazonEC2", "USAGE", "1.25", "USD");
            case 1 -> String.join(",", id, account.substring(1), day, "AmazonEC2", "USAGE", "1.25", "USD");
            case 2 -> String.join(",", id, account, day, "AmazonEC2", "USAGE", "1.25");
            case 3 -> String.join(",", id, account, day, "AmazonEC2", "USAGE", "12.5.3", "USD");
            case 4 -> String.join(",", id, account, day, "AmazonEC2", "USAGE", "\"1,250.00\"", "USD");
            case 5 -> String.join(",", id, account, day, "AmazonEC2", "USAGE", "1.25", "EUR");
            case 6 -> String.join(",", id, account, day, "AmazonEC2", "SURCHARGE", "1.25", "USD");
            default -> String.join(",", id, account, MONTH + "-32", "AmazonEC2", "USAGE", "1.25", "USD");
        };
    }
}
