import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes an input folder whose usage is one AWS CUR 2.0 report in CSV, for the delivery-format benchmark
 * (bench/formats.sh): accounts.csv, subscriptions.csv (every account on BUSINESS), tax-rates.csv and
 * usage-cur.csv with the report's usual 34 columns — the billing job reads 9 of them — and the product and
 * resource tags as JSON maps, as AWS writes them.
 *
 * <pre>
 * java bench/GenerateCur.java --out DIR [--rows 1000000] [--accounts 2000] [--seed 42]
 * </pre>
 *
 * The output is a pure function of the arguments. JDK only. Rows: mostly Usage, some Tax, Credit, Fee and
 * Savings Plan lines, about 1 % Marketplace and support; costs with 10 decimals; daily intervals of 2026-03.
 */
public class GenerateCur {

    private static final String[] PRODUCTS = {"AmazonEC2", "AmazonS3", "AmazonRDS", "AWSLambda", "AmazonCloudWatch",
            "AmazonDynamoDB", "AmazonVPC", "AWSDataTransfer"};
    private static final String[] TYPES = {"Usage", "Usage", "Usage", "Usage", "Usage", "Usage", "Usage", "Usage",
            "DiscountedUsage", "SavingsPlanCoveredUsage", "Tax", "Credit", "Fee", "SavingsPlanNegation"};

    public static void main(String[] args) throws IOException {
        Path out = null;
        long rows = 1_000_000;
        int accounts = 2_000;
        long seed = 42;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--rows" -> rows = Long.parseLong(args[i + 1]);
                case "--accounts" -> accounts = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> {
                    System.err.println("usage: java bench/GenerateCur.java --out DIR [--rows N] [--accounts A] [--seed S]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("--out DIR is required");
            System.exit(2);
        }
        Files.createDirectories(out);
        StringBuilder accountRows = new StringBuilder("account_id,account_name,payer_account_id,country\n");
        StringBuilder events = new StringBuilder("account_id,effective_date,plan_code\n");
        for (int a = 0; a < accounts; a++) {
            String id = account(a);
            accountRows.append(id).append(",Account ").append(a).append(',').append(id).append(",US\n");
            events.append(id).append(",2026-01-01,BUSINESS\n");
        }
        Files.writeString(out.resolve("accounts.csv"), accountRows);
        Files.writeString(out.resolve("subscriptions.csv"), events);
        Files.writeString(out.resolve("tax-rates.csv"), "country,rate\nUS,0\n");
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter usage = Files.newBufferedWriter(out.resolve("usage-cur.csv"), StandardCharsets.UTF_8)) {
            usage.write("bill_bill_type,bill_billing_entity,bill_billing_period_end_date,bill_billing_period_start_date,"
                    + "bill_invoice_id,bill_invoicing_entity,bill_payer_account_id,bill_payer_account_name,"
                    + "identity_line_item_id,identity_time_interval,line_item_availability_zone,line_item_blended_cost,"
                    + "line_item_blended_rate,line_item_currency_code,line_item_legal_entity,"
                    + "line_item_line_item_description,line_item_line_item_type,line_item_net_unblended_cost,"
                    + "line_item_normalized_usage_amount,line_item_operation,line_item_product_code,"
                    + "line_item_resource_id,line_item_unblended_cost,line_item_unblended_rate,"
                    + "line_item_usage_account_id,line_item_usage_account_name,line_item_usage_amount,"
                    + "line_item_usage_end_date,line_item_usage_start_date,line_item_usage_type,"
                    + "pricing_public_on_demand_cost,pricing_unit,product,resource_tags\n");
            StringBuilder line = new StringBuilder(1024);
            for (long r = 0; r < rows; r++) {
                int a = (int) (Math.abs(random.nextGaussian()) * accounts / 3) % accounts;
                String account = account(a);
                int day = 1 + random.nextInt(31);
                String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                String type = TYPES[random.nextInt(TYPES.length)];
                String entity = "AWS";
                int special = random.nextInt(100);
                if (special == 0) {
                    entity = "AWS Marketplace";
                    product = "prod-" + Integer.toString(random.nextInt(50), 36) + "abcdef";
                } else if (special == 1) {
                    product = "AWSSupportBusiness";
                    type = "Fee";
                }
                double cost = type.equals("Credit") || type.equals("SavingsPlanNegation") ? -random.nextDouble() * 20
                        : random.nextDouble() * 50;
                String amount = String.format(Locale.ROOT, "%.10f", cost);
                String start = String.format("2026-03-%02dT00:00:00.000Z", day);
                String end = day == 31 ? "2026-04-01T00:00:00.000Z" : String.format("2026-03-%02dT00:00:00.000Z", day + 1);
                String interval = start.replace(".000", "") + "/" + end.replace(".000", "");
                line.setLength(0);
                line.append("Anniversary,").append(entity).append(",2026-04-01T00:00:00.000Z,2026-03-01T00:00:00.000Z,")
                        .append("INV-").append(a % 97).append(",Amazon Web Services Inc.,")
                        .append(account).append(",Account ").append(a).append(',')
                        .append(Long.toString(r * 2654435761L & 0xffffffffffL, 36)).append(Long.toString(r, 36)).append(',')
                        .append(interval).append(",us-east-1a,").append(amount).append(",0.0416000000,USD,")
                        .append("Amazon Web Services Inc.,\"$0.0416 per On Demand Linux ")
                        .append("t3.medium Instance Hour, with a comma\",").append(type).append(',').append(amount)
                        .append(",24.0,RunInstances,").append(product).append(",i-0").append(Long.toHexString(r))
                        .append(',').append(amount).append(",0.0416000000,").append(account).append(",Account ").append(a)
                        .append(",24.0,").append(end).append(',').append(start).append(",USE1-BoxUsage:t3.medium,")
                        .append(amount).append(",Hrs,\"{\"\"region\"\":\"\"us-east-1\"\",\"\"servicecode\"\":\"\"")
                        .append(product).append("\"\"}\",\"{\"\"user_team\"\":\"\"team-").append(a % 13).append("\"\"}\"\n");
                usage.append(line);
            }
        }
    }

    private static String account(int index) {
        return String.format("%012d", 300_000_000_000L + index);
    }
}
