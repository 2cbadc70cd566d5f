package com.supportbilling.partition.worker;

import com.supportbilling.application.RunContext;
import com.supportbilling.application.RunParameters;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.PartitionIntake;
import com.supportbilling.output.OutputRows;
import com.supportbilling.partition.PartitionFolders;
import com.supportbilling.settings.BillingProperties;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Readies a worker's usage intake before it takes its first partition (D133). A worker is a service, started
 * long before a month is billed; without this, its first partition runs while the JIT compiler is still
 * compiling the intake, several times slower than the next ones. A made-up month of native usage lines is
 * written to a folder of the worker's own, read as a partition is read — blocks framed, parsed by the parser
 * threads, taken in order, fingerprints and figures written — and removed. Nothing reaches the database, the
 * broker or the shared folder. It runs as the worker starts, before the listener takes requests.
 */
final class IntakeWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeWarmUp.class);

    private static final YearMonth MONTH = YearMonth.of(2000, 1);
    private static final int ACCOUNTS = 2_000;
    /** The made-up accounts' ids; the usage also names a few others, which no account has (UNKNOWN_ACCOUNT). */
    private static final String[] ACCOUNT_IDS = IntStream.range(0, ACCOUNTS)
            .mapToObj(i -> String.valueOf(900_000_000_000L + i)).toArray(String[]::new);
    private static final String[] SERVICES = {"AmazonEC2", "AmazonS3", "AmazonRDS", "AWSLambda", "AmazonCloudFront",
            "AmazonDynamoDB", "AmazonCloudWatch", "AmazonVPC", "AmazonEKS", "AWSDataTransfer"};
    private static final String[] CHARGE_TYPES = {"USAGE", "USAGE", "USAGE", "USAGE", "USAGE", "USAGE", "FEE",
            "CREDIT", "TAX", "DISCOUNT"};

    private final int rows;
    private final Path folder;
    private final BillingProperties properties;
    private final Executor parsers;
    private volatile boolean running;

    /** {@code rows} made-up lines (none: no warm-up), in {@code folder}, which is emptied first and removed afterwards. */
    IntakeWarmUp(int rows, Path folder, BillingProperties properties, Executor parsers) {
        this.rows = rows;
        this.folder = folder;
        this.properties = properties;
        this.parsers = parsers;
    }

    @Override
    public void start() {
        running = true;
        if (rows > 0) {
            long started = System.nanoTime();
            try {
                Read read = run();
                log.info("the usage intake warmed up on {} made-up lines ({} rejected) in {} ms", read.rows(),
                        read.rejected(), (System.nanoTime() - started) / 1_000_000);
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

    /** The made-up usage lines read, and how many of them were rejected. */
    record Read(long rows, long rejected) {
    }

    /** Reads the made-up month through the intake. */
    Read run() {
        Path input = PartitionFolders.emptied(folder);
        try {
            Path usage = input.resolve("usage-" + MONTH + ".csv");
            long headerBytes = writeUsage(usage, rows, properties.excludedServices());
            writeReference(input);
            // what a partition's reader does (PartitionReader): the month's reference data, then the engine
            RunContext run = new RunContext(new RunParameters(MONTH, 1, "warm-up", input, input, null), properties);
            List<UsageFile> files = run.input().usageFiles();
            try (PartitionIntake intake = new PartitionIntake(PartitionReader.engine(run, files, properties, parsers, input),
                    files, 0, headerBytes, Files.size(usage), 2, false, properties.usageBlockSize())) {
                for (ParsedBlock block = intake.next(); block != null; block = intake.next()) {
                    intake.add(block, OutputRows::rejection); // formatted as rejects.csv rows are, then dropped
                }
                intake.finish(input);
                return new Read(intake.rowsRead(), intake.rowsRejected());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the intake's warm-up could not use " + folder + ": " + e.getMessage(), e);
        } finally {
            PartitionFolders.delete(input);
        }
    }

    /** The accounts (each its own payer, in one of three countries), their plans and the countries' tax rates. */
    private static void writeReference(Path input) throws IOException {
        String[] countries = {"US", "DE", "GB"};
        String[] plans = {"DEVELOPER", "BUSINESS", "ENTERPRISE"};
        StringBuilder accounts = new StringBuilder("account_id,account_name,payer_account_id,country\n");
        StringBuilder subscriptions = new StringBuilder("account_id,effective_date,plan_code\n");
        for (int i = 0; i < ACCOUNTS; i++) {
            String id = ACCOUNT_IDS[i];
            accounts.append(id).append(",\"Warm-up ").append(i).append(", Ltd\",").append(id).append(',')
                    .append(countries[i % countries.length]).append('\n');
            subscriptions.append(id).append(',').append(MONTH.minusMonths(1).atDay(1 + i % 28)).append(',')
                    .append(plans[i % plans.length]).append('\n');
        }
        Files.writeString(input.resolve("accounts.csv"), accounts, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("subscriptions.csv"), subscriptions, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("tax-rates.csv"), "country,rate\nUS,0\nDE,0.19\nGB,0.20\n", StandardCharsets.UTF_8);
    }

    /** Writes the made-up usage lines, about one in a hundred of an unknown account; returns the header's bytes. */
    private static long writeUsage(Path usage, int rows, List<String> excluded) throws IOException {
        String header = "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n";
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(usage, StandardCharsets.UTF_8)) {
            out.write(header);
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
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
}
