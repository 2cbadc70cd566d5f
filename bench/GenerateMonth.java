import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a native input folder for one billing month, for the throughput benchmark:
 * accounts.csv, subscriptions.csv, tax-rates.csv and one or several usage files.
 *
 * <pre>
 * java bench/GenerateMonth.java --out DIR [--lines 5000000] [--accounts 20000] [--month 2026-03]
 *                               [--seed 42] [--files 1] [--bad-rate 0.0005] [--dup-rate 0.0002]
 * </pre>
 *
 * The output is a pure function of the arguments (same arguments, same bytes). JDK only.
 *
 * Accounts: most payers are standalone; about 8 % of payers own a group of 2-8 accounts (Enterprise,
 * Enterprise On-Ramp, or account-scope plans per member). Plans: BASIC, DEVELOPER, BUSINESS,
 * ENTERPRISE_ON_RAMP, ENTERPRISE, with mid-month upgrades, downgrades, cancellations, registrations
 * (some shorter than 30 days), members joining and leaving groups mid-month, and a few changes on
 * day 1 of the next month. The reference files carry no bad rows.
 *
 * Usage: N data rows (exactly), spread over the accounts with a skewed (log-normal) weight, amounts
 * with 2, 6 or 10 decimals, mostly USAGE with some FEE, CREDIT, DISCOUNT, TAX, REFUND and COMMITMENT
 * lines, about 1 % of lines on excluded services (support, Marketplace, managed and professional
 * services). A fraction --dup-rate of rows repeat an earlier line item id, and a fraction --bad-rate
 * are bad rows of every usage reject reason: both far below the 1 % skip limit.
 */
public class GenerateMonth {

    // ---- arguments ----
    private Path out;
    private long lines = 5_000_000L;
    private int accountCount = 20_000;
    private YearMonth month = YearMonth.of(2026, 3);
    private long seed = 42;
    private int files = 1;
    private double badRate = 0.0005;
    private double dupRate = 0.0002;

    // ---- reference data ----
    private record Account(String id, String name, String payer, String country) {
    }

    private final List<Account> accounts = new ArrayList<>();
    private final Set<String> accountIds = new HashSet<>();
    private final Map<String, List<String[]>> events = new LinkedHashMap<>(); // account -> [date, plan]
    private final Map<String, Long> planCounts = new TreeMap<>();
    private final Map<String, Long> storyCounts = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        String usage = "usage: java bench/GenerateMonth.java --out DIR [--lines N] [--accounts A] [--month YYYY-MM]"
                + " [--seed S] [--files K] [--bad-rate F] [--dup-rate F]";
        if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
            System.out.println(usage);
            return;
        }
        GenerateMonth generator = new GenerateMonth();
        try {
            generator.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateMonth: " + e.getMessage());
            System.err.println(usage);
            System.exit(2);
        }
        generator.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--out" -> out = Paths.get(value);
                    case "--lines" -> lines = Long.parseLong(value);
                    case "--accounts" -> accountCount = Integer.parseInt(value);
                    case "--month" -> month = YearMonth.parse(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--files" -> files = Integer.parseInt(value);
                    case "--bad-rate" -> badRate = Double.parseDouble(value);
                    case "--dup-rate" -> dupRate = Double.parseDouble(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            } catch (RuntimeException e) {
                if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("unknown")) {
                    throw e;
                }
                throw new IllegalArgumentException("bad value for " + arg + ": '" + value + "'");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (lines < 1 || accountCount < 10 || files < 1 || files > 99 || badRate < 0 || dupRate < 0
                || badRate + dupRate > 0.5 || lines > 2_000_000_000L) {
            throw new IllegalArgumentException("out of range: 1 <= --lines <= 2e9, --accounts >= 10, 1 <= --files <= 99,"
                    + " rates >= 0");
        }
    }

    private void run() throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(out);
        SplittableRandom random = new SplittableRandom(seed);
        buildAccounts(random.split());
        buildSubscriptions(random.split());
        writeAccounts();
        writeSubscriptions();
        writeTaxRates();
        UsageStats stats = writeUsage(random.split());
        double seconds = (System.nanoTime() - started) / 1e9;

        long groups = accounts.stream().filter(a -> !a.id.equals(a.payer)).map(Account::payer).distinct().count();
        long payers = accounts.stream().map(Account::payer).distinct().count();
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", out, seconds);
        System.out.printf(Locale.ROOT, "  accounts       %d (%d payers, %d of them with a group)%n", accounts.size(), payers, groups);
        System.out.printf(Locale.ROOT, "  plan events    %d; plans in force on day 1: %s%n",
                events.values().stream().mapToLong(List::size).sum(), planCounts);
        System.out.printf(Locale.ROOT, "  stories        %s%n", storyCounts);
        System.out.printf(Locale.ROOT, "  usage rows     %d in %d file(s), %,d bytes (%.1f MB)%n", stats.rows, files, stats.bytes,
                stats.bytes / 1e6);
        System.out.printf(Locale.ROOT, "  duplicates     %d (ids repeated from earlier lines)%n", stats.duplicates);
        System.out.printf(Locale.ROOT, "  bad rows       %d %s%n", stats.bad.values().stream().mapToLong(Long::longValue).sum(),
                stats.bad);
        System.out.printf(Locale.ROOT, "  charge types   %s%n", stats.chargeTypes);
        System.out.printf(Locale.ROOT, "  excluded-service lines %d%n", stats.excludedService);
    }

    // ------------------------------------------------------------------------------------------
    // accounts

    private static final String[] FIRST = {"Acme", "Bright", "Cobalt", "Delta", "Echo", "Foxtrot", "Golf", "Harbor",
            "Indigo", "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Orchid", "Pioneer", "Quartz", "Redwood", "Summit",
            "Tango", "Umbra", "Vertex", "Willow", "Xenon", "Yonder", "Zephyr", "Atlas", "Beacon", "Cedar", "Drift"};
    private static final String[] SECOND = {"Dev Shop", "Analytics", "Labs", "Group", "Retail", "Free Tier", "Ventures",
            "Systems", "Media", "Health", "Logistics", "Games", "Robotics", "Finance", "Studio", "Cloud", "Data", "Works"};
    private static final String[] SUFFIX = {"Inc.", "GmbH", "Ltd", "SAS", "K.K.", "Pty Ltd", "LLC", "BV"};
    private static final String[] MEMBER = {"web", "data", "ml", "prod", "staging", "dev", "shop", "sandbox", "analytics",
            "backup", "security", "logs"};
    private static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "JP", "KR", "CA", "AU", "IN", "BR", "NL", "SG"};
    private static final int[] COUNTRY_WEIGHTS = {36, 10, 10, 6, 8, 6, 5, 5, 5, 4, 3, 2};
    private static final String[][] TAX_RATES = {{"US", "0"}, {"DE", "0.19"}, {"GB", "0.20"}, {"FR", "0.20"},
            {"JP", "0.10"}, {"KR", "0.10"}, {"CA", "0.05"}, {"AU", "0.10"}, {"IN", "0.18"}, {"BR", "0.12"},
            {"NL", "0.21"}, {"SG", "0.09"}};

    private void buildAccounts(SplittableRandom random) {
        while (accounts.size() < accountCount) {
            int left = accountCount - accounts.size();
            int size = left >= 2 && random.nextDouble() < 0.08 ? Math.min(left, 2 + random.nextInt(7)) : 1;
            String payer = newAccountId(random);
            String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
            if (random.nextDouble() < 0.15) {
                name = name + ", " + SUFFIX[random.nextInt(SUFFIX.length)]; // quoted in the CSV
            }
            // a handful of payers without a country: taxed at 0 with a warning
            String country = random.nextDouble() < 0.002 ? "" : COUNTRIES[weighted(random, COUNTRY_WEIGHTS)];
            accounts.add(new Account(payer, size > 1 ? name + " (payer)" : name, payer, country));
            for (int m = 1; m < size; m++) {
                accounts.add(new Account(newAccountId(random), name + " - " + MEMBER[(m - 1) % MEMBER.length]
                        + (m > MEMBER.length ? " " + m : ""), payer, country));
            }
        }
    }

    private String newAccountId(SplittableRandom random) {
        while (true) {
            // about 5 % of ids have leading zeros, which must survive
            long n = random.nextDouble() < 0.05 ? random.nextLong(100_000_000L, 100_000_000_000L)
                    : random.nextLong(100_000_000_000L, 1_000_000_000_000L);
            String id = String.format(Locale.ROOT, "%012d", n);
            if (accountIds.add(id)) {
                return id;
            }
        }
    }

    private String unknownAccountId(SplittableRandom random) {
        while (true) {
            String id = String.format(Locale.ROOT, "%012d", random.nextLong(900_000_000_000L, 1_000_000_000_000L));
            if (!accountIds.contains(id)) {
                return id;
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // subscriptions (R3): per account, a dated history of plan events

    private void buildSubscriptions(SplittableRandom random) {
        Map<String, List<Account>> byPayer = new LinkedHashMap<>();
        for (Account account : accounts) {
            byPayer.computeIfAbsent(account.payer, p -> new ArrayList<>()).add(account);
        }
        for (List<Account> members : byPayer.values()) {
            if (members.size() == 1) {
                standaloneStory(random, members.get(0).id);
                continue;
            }
            double r = random.nextDouble();
            if (r < 0.35) {
                groupStory(random, members, "ENTERPRISE");
            } else if (r < 0.70) {
                groupStory(random, members, "ENTERPRISE_ON_RAMP");
            } else {
                story("group:account-plans");
                for (Account member : members) {
                    standaloneStory(random, member.id);
                }
            }
        }
        LocalDate first = month.atDay(1);
        for (Account account : accounts) {
            String plan = "BASIC";
            for (String[] event : events.getOrDefault(account.id, List.of())) {
                if (!LocalDate.parse(event[0]).isAfter(first)) {
                    plan = event[1];
                }
            }
            planCounts.merge(plan, 1L, Long::sum);
        }
    }

    private void standaloneStory(SplittableRandom random, String id) {
        double r = random.nextDouble();
        String paid = random.nextDouble() < 0.45 ? "DEVELOPER" : "BUSINESS";
        if (r < 0.06) {
            story("basic:no-events");
        } else if (r < 0.12) {
            story("basic:explicit");
            event(id, past(random), "BASIC");
        } else if (r < 0.16) {
            story("upgrade:developer->business");
            event(id, past(random), "DEVELOPER");
            event(id, inMonth(random, 2), "BUSINESS");
        } else if (r < 0.175) {
            story("downgrade:business->developer");
            event(id, past(random), "BUSINESS");
            event(id, inMonth(random, 2), "DEVELOPER");
        } else if (r < 0.205) {
            story("cancel:mid-month");
            event(id, past(random), paid);
            event(id, inMonth(random, 2), "BASIC");
        } else if (r < 0.245) {
            story("register:mid-month");
            event(id, inMonth(random, 2), paid);
        } else if (r < 0.255) {
            story("register+cancel:same-month(<30d)");
            int days = month.lengthOfMonth();
            int start = 1 + random.nextInt(days / 2);
            int end = start + 3 + random.nextInt(days - start - 3);
            event(id, month.atDay(start).toString(), paid);
            event(id, month.atDay(end).toString(), "BASIC");
        } else if (r < 0.265) {
            story("register-last-month+cancel(<30d)");
            YearMonth previous = month.minusMonths(1);
            event(id, previous.atDay(previous.lengthOfMonth() - random.nextInt(10)).toString(), paid);
            event(id, month.atDay(2 + random.nextInt(10)).toString(), "BASIC");
        } else if (r < 0.28) {
            story("change-next-month");
            event(id, past(random), paid);
            event(id, month.plusMonths(1).atDay(1).toString(), random.nextBoolean() ? "BASIC" : swap(paid));
        } else if (r < 0.47) {
            story("steady:with-older-change");
            String older = pastBefore(random, 24, 13);
            event(id, older, swap(paid));
            event(id, pastBefore(random, 12, 1), paid);
        } else {
            story("steady:" + paid.toLowerCase(Locale.ROOT));
            event(id, past(random), paid);
        }
    }

    private void groupStory(SplittableRandom random, List<Account> members, String plan) {
        double r = random.nextDouble();
        if (r < 0.05) {
            story("group:new-mid-month");
            String start = inMonth(random, 2);
            for (Account member : members) {
                event(member.id, start, plan);
            }
            return;
        }
        boolean onRampToEnterprise = plan.equals("ENTERPRISE_ON_RAMP") && r < 0.15;
        String change = onRampToEnterprise ? inMonth(random, 2) : null;
        story(onRampToEnterprise ? "group:on-ramp->enterprise" : "group:" + plan.toLowerCase(Locale.ROOT));
        String since = past(random);
        for (int i = 0; i < members.size(); i++) {
            String id = members.get(i).id;
            double m = random.nextDouble();
            if (i > 0 && m < 0.10) {
                story("group:member-joins-mid-month");
                event(id, inMonth(random, 2), plan);
            } else if (i > 0 && m < 0.14) {
                story("group:member-leaves-mid-month");
                event(id, since, plan);
                event(id, inMonth(random, 2), "BASIC");
            } else {
                event(id, since, plan);
                if (change != null) {
                    event(id, change, "ENTERPRISE");
                }
            }
        }
    }

    private void story(String name) {
        storyCounts.merge(name, 1L, Long::sum);
    }

    private void event(String account, String date, String plan) {
        List<String[]> list = events.computeIfAbsent(account, a -> new ArrayList<>());
        for (String[] event : list) {
            if (event[0].equals(date)) {
                throw new IllegalStateException("two events on one date for " + account); // never: R10 conflict
            }
        }
        list.add(new String[] {date, plan});
    }

    private static String swap(String plan) {
        return plan.equals("DEVELOPER") ? "BUSINESS" : "DEVELOPER";
    }

    /** A day in the 24 months before the billing month. */
    private String past(SplittableRandom random) {
        return pastBefore(random, 24, 1);
    }

    /** A day between the start of month M-from and the end of month M-to. */
    private String pastBefore(SplittableRandom random, int from, int to) {
        LocalDate start = month.minusMonths(from).atDay(1);
        LocalDate end = month.minusMonths(to).atEndOfMonth();
        return start.plusDays(random.nextLong(end.toEpochDay() - start.toEpochDay() + 1)).toString();
    }

    /** A day of the billing month from day {@code fromDay} on. */
    private String inMonth(SplittableRandom random, int fromDay) {
        return month.atDay(fromDay + random.nextInt(month.lengthOfMonth() - fromDay + 1)).toString();
    }

    // ------------------------------------------------------------------------------------------
    // files

    private void writeAccounts() throws IOException {
        try (Writer w = writer(out.resolve("accounts.csv"))) {
            w.write("account_id,account_name,payer_account_id,country\n");
            for (Account a : accounts) {
                w.write(a.id + "," + csv(a.name) + "," + a.payer + "," + a.country + "\n");
            }
        }
    }

    private void writeSubscriptions() throws IOException {
        try (Writer w = writer(out.resolve("subscriptions.csv"))) {
            w.write("account_id,effective_date,plan_code\n");
            for (Map.Entry<String, List<String[]>> entry : events.entrySet()) {
                for (String[] event : entry.getValue()) {
                    w.write(entry.getKey() + "," + event[0] + "," + event[1] + "\n");
                }
            }
        }
    }

    private void writeTaxRates() throws IOException {
        try (Writer w = writer(out.resolve("tax-rates.csv"))) {
            w.write("country,rate\n");
            for (String[] rate : TAX_RATES) {
                w.write(rate[0] + "," + rate[1] + "\n");
            }
        }
    }

    private static String csv(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static Writer writer(Path path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 20);
    }

    // ------------------------------------------------------------------------------------------
    // usage

    private static final String[] SERVICES = {"AmazonEC2", "AmazonS3", "AmazonRDS", "AWSLambda", "AmazonCloudFront",
            "AmazonDynamoDB", "AmazonCloudWatch", "AmazonVPC", "AmazonEKS", "AWSDataTransfer", "AmazonSageMaker",
            "AmazonRoute53", "AmazonSNS", "AmazonSQS", "AWSGlue", "AmazonRedshift", "AmazonECS", "AmazonElastiCache",
            "AmazonKinesis", "AWSKMS"};
    private static final int[] SERVICE_WEIGHTS = {300, 150, 80, 60, 50, 50, 40, 40, 30, 30, 25, 20, 15, 15, 15, 15, 15,
            15, 10, 10};
    private static final String[] EXCLUDED_USAGE = {"AWSMarketplace", "AWSManagedServices", "AWSProfessionalServices"};
    private static final int[] EXCLUDED_USAGE_WEIGHTS = {6, 1, 1};
    private static final String[] SUPPORT_FEES = {"AWSDeveloperSupport", "AWSSupportBusiness", "AWSSupportEnterprise",
            "AWSEnterpriseOnRamp", "AWSSupport"};

    private static final class UsageStats {
        long rows;
        long bytes;
        long duplicates;
        long excludedService;
        final Map<String, Long> bad = new TreeMap<>();
        final Map<String, Long> chargeTypes = new TreeMap<>();
    }

    private UsageStats writeUsage(SplittableRandom random) throws IOException {
        UsageStats stats = new UsageStats();
        // skewed activity: a few accounts hold much of the usage, some have none
        double[] cumulative = new double[accounts.size()];
        double total = 0;
        for (int i = 0; i < accounts.size(); i++) {
            double weight = random.nextDouble() < 0.05 ? 0 : Math.exp(1.6 * random.nextGaussian());
            total += weight;
            cumulative[i] = total;
        }
        String[] ids = accounts.stream().map(Account::id).toArray(String[]::new);
        int days = month.lengthOfMonth();
        String[] dates = new String[days];
        for (int d = 0; d < days; d++) {
            dates[d] = month.atDay(d + 1).toString();
        }
        String before = month.minusMonths(1).atEndOfMonth().toString();
        String after = month.plusMonths(1).atDay(1).toString();
        int[] serviceCumulative = cumulative(SERVICE_WEIGHTS);
        int[] excludedCumulative = cumulative(EXCLUDED_USAGE_WEIGHTS);

        // a uniform sample of earlier lines, from which duplicates are drawn
        String[] reservoir = new String[4096];
        long sampled = 0;

        String header = "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n";
        StringBuilder line = new StringBuilder(128);
        long lineNo = 0; // index of the generated (non-duplicate) line, source of its id
        for (int f = 0; f < files; f++) {
            long fileRows = lines * (f + 1) / files - lines * f / files;
            String name = files == 1 ? "usage-" + month + ".csv" : String.format(Locale.ROOT, "usage-%s-%02d.csv", month, f + 1);
            Path path = out.resolve(name);
            try (Writer w = writer(path)) {
                w.write(header);
                for (long row = 0; row < fileRows; row++) {
                    line.setLength(0);
                    double kind = random.nextDouble();
                    if (kind < dupRate && sampled > 0) {
                        String earlier = reservoir[random.nextInt((int) Math.min(sampled, reservoir.length))];
                        if (random.nextDouble() < 0.7) {
                            line.append(earlier); // the same line delivered twice
                        } else {
                            // the same id with other content: still a duplicate, the first one counts
                            line.append(earlier, 0, earlier.indexOf(',')).append(',');
                            appendGood(random, line, ids, cumulative, total, dates, serviceCumulative, excludedCumulative,
                                    stats, true);
                        }
                        stats.duplicates++;
                    } else {
                        appendId(line, lineNo++);
                        line.append(',');
                        if (kind < dupRate + badRate) {
                            appendBad(random, line, ids, cumulative, total, dates, before, after, stats);
                        } else {
                            appendGood(random, line, ids, cumulative, total, dates, serviceCumulative, excludedCumulative,
                                    stats, false);
                            // reservoir sampling over good lines
                            sampled++;
                            if (sampled <= reservoir.length) {
                                reservoir[(int) sampled - 1] = line.toString();
                            } else {
                                long slot = random.nextLong(sampled);
                                if (slot < reservoir.length) {
                                    reservoir[(int) slot] = line.toString();
                                }
                            }
                        }
                    }
                    line.append('\n');
                    w.append(line);
                    stats.bytes += line.length(); // ASCII only
                    stats.rows++;
                }
            }
            stats.bytes += header.length();
        }
        return stats;
    }

    /** Line item ids: "li-" + 9 base-36 digits, a bijection of the line number (mod 36^9), so never repeated. */
    private static void appendId(StringBuilder line, long n) {
        final long modulus = 101_559_956_668_416L; // 36^9
        long x = Math.floorMod(n * 2_654_435_761L + 48_271L, modulus); // odd, not a multiple of 3: invertible; no overflow below 2e9
        line.append("li-");
        char[] digits = new char[9];
        for (int i = 8; i >= 0; i--) {
            digits[i] = Character.forDigit((int) (x % 36), 36);
            x /= 36;
        }
        line.append(digits);
    }

    private void appendGood(SplittableRandom random, StringBuilder line, String[] ids, double[] cumulative, double total,
            String[] dates, int[] serviceCumulative, int[] excludedCumulative, UsageStats stats, boolean quiet) {
        String account = ids[pick(cumulative, random.nextDouble() * total)];
        String date = dates[random.nextInt(dates.length)];
        double t = random.nextDouble();
        String type;
        String service;
        boolean negative = false;
        double max;
        if (t < 0.950) {
            type = "USAGE";
            max = 800;
            service = random.nextDouble() < 0.008 ? EXCLUDED_USAGE[pick(excludedCumulative, random)]
                    : SERVICES[pick(serviceCumulative, random)];
        } else if (t < 0.960) {
            type = "FEE";
            max = 2000;
            service = random.nextBoolean() ? SUPPORT_FEES[random.nextInt(SUPPORT_FEES.length)] : "AmazonEC2";
        } else if (t < 0.978) {
            type = "CREDIT";
            max = 300;
            negative = true;
            service = SERVICES[pick(serviceCumulative, random)];
        } else if (t < 0.988) {
            type = "DISCOUNT";
            max = 300;
            negative = true;
            service = SERVICES[pick(serviceCumulative, random)];
        } else if (t < 0.996) {
            type = "TAX";
            max = 500;
            service = SERVICES[pick(serviceCumulative, random)];
        } else if (t < 0.998) {
            type = "REFUND";
            max = 300;
            negative = true;
            service = SERVICES[pick(serviceCumulative, random)];
        } else {
            type = "COMMITMENT";
            max = 3000;
            service = "ComputeSavingsPlans";
        }
        if (!quiet) {
            stats.chargeTypes.merge(type, 1L, Long::sum);
            if (service.startsWith("AWS") && (service.contains("Support") || service.equals("AWSEnterpriseOnRamp")
                    || service.equals("AWSMarketplace") || service.equals("AWSManagedServices")
                    || service.equals("AWSProfessionalServices"))) {
                stats.excludedService++;
            }
        }
        line.append(account).append(',').append(date).append(',').append(service).append(',').append(type).append(',');
        appendAmount(random, line, max, negative);
        line.append(",USD");
    }

    /** A log-uniform amount in [1e-6, max) with 10, 6 or 2 decimals; 2 decimals when the value needs no more. */
    private static void appendAmount(SplittableRandom random, StringBuilder line, double max, boolean negative) {
        double value = Math.exp(Math.log(1e-6) + random.nextDouble() * (Math.log(max) - Math.log(1e-6)));
        double s = random.nextDouble();
        int scale = s < 0.40 ? 10 : s < 0.60 ? 6 : 2;
        long unscaled = Math.round(value * Math.pow(10, scale));
        if (negative) {
            unscaled = -unscaled;
        }
        line.append(BigDecimal.valueOf(unscaled, scale).toPlainString());
    }

    private void appendBad(SplittableRandom random, StringBuilder line, String[] ids, double[] cumulative, double total,
            String[] dates, String before, String after, UsageStats stats) {
        String account = ids[pick(cumulative, random.nextDouble() * total)];
        String date = dates[random.nextInt(dates.length)];
        String amount = BigDecimal.valueOf(random.nextLong(1, 100_000_00L), 2).toPlainString();
        String reason;
        switch (random.nextInt(8)) {
            case 0 -> {
                reason = "WRONG_PERIOD";
                line.append(account).append(',').append(random.nextBoolean() ? before : after)
                        .append(",AmazonEC2,USAGE,").append(amount).append(",USD");
            }
            case 1 -> {
                reason = "UNKNOWN_ACCOUNT";
                line.append(unknownAccountId(random)).append(',').append(date).append(",AmazonS3,USAGE,").append(amount)
                        .append(",USD");
            }
            case 2 -> {
                reason = "INVALID_ACCOUNT_ID";
                line.append(account, 1, 12).append(',').append(date).append(",AmazonEC2,USAGE,").append(amount)
                        .append(",USD");
            }
            case 3 -> {
                reason = "MALFORMED_ROW";
                line.append(account).append(',').append(date).append(",AmazonEC2,USAGE,").append(amount); // no currency
            }
            case 4 -> {
                reason = "INVALID_AMOUNT";
                line.append(account).append(',').append(date).append(",AmazonEC2,USAGE,")
                        .append(random.nextBoolean() ? "\"1,250.00\"" : "12.5.3").append(",USD");
            }
            case 5 -> {
                reason = "UNSUPPORTED_CURRENCY";
                line.append(account).append(',').append(date).append(",AmazonEC2,USAGE,").append(amount).append(",EUR");
            }
            case 6 -> {
                reason = "UNKNOWN_CHARGE_TYPE";
                line.append(account).append(',').append(date).append(",AmazonEC2,SURCHARGE,").append(amount)
                        .append(",USD");
            }
            default -> {
                reason = "INVALID_DATE";
                line.append(account).append(',').append(month).append("-3").append(2 + random.nextInt(8))
                        .append(",AmazonEC2,USAGE,").append(amount).append(",USD");
            }
        }
        stats.bad.merge(reason, 1L, Long::sum);
    }

    private static int[] cumulative(int[] weights) {
        int[] sums = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        return sums;
    }

    private static int pick(int[] cumulative, SplittableRandom random) {
        int x = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        return pick(cumulative(weights), random);
    }

    /** The first index whose cumulative weight exceeds x. */
    private static int pick(double[] cumulative, double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
