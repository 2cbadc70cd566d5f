import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Locale;

/**
 * What an analyst would run instead of the billing job: DuckDB (org.duckdb:duckdb_jdbc, in this JVM,
 * never on the application's class path) reads a month's native usage files with read_csv and sums
 * each account's fee base (R2): USAGE and FEE lines in USD of the month, without the excluded services.
 * It does not drop repeated line item ids, and skips the rows it cannot read (ignore_errors), so its
 * sums differ from the job's by the duplicates and the bad rows; the work — read every byte, parse,
 * filter, group 20,000 accounts — is the same.
 *
 * <pre>
 * java -cp duckdb_jdbc.jar:bench/work/classes DuckDbSums INPUT_DIR [YYYY-MM]
 * </pre>
 *
 * Prints the accounts with a base, the total of the bases and the query's own time.
 */
public class DuckDbSums {

    static final String EXCLUDED = "'AWSDeveloperSupport', 'AWSSupportBusiness', 'AWSSupportEnterprise', "
            + "'AWSEnterpriseOnRamp', 'AWSSupport', 'AWSManagedServices', 'AWSProfessionalServices', 'AWSMarketplace'";

    public static void main(String[] args) throws SQLException {
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java -cp duckdb_jdbc.jar:… DuckDbSums INPUT_DIR [YYYY-MM]");
            System.exit(2);
        }
        String files = Path.of(args[0]).toAbsolutePath().resolve("usage*.csv").toString().replace("'", "''");
        YearMonth month = args.length == 2 ? YearMonth.parse(args[1]) : YearMonth.of(2026, 3);
        String sql = "SELECT account_id, sum(amount) AS base"
                + " FROM read_csv('" + files + "', header = true, ignore_errors = true,"
                + " types = {'account_id': 'VARCHAR', 'amount': 'DECIMAL(38,10)', 'usage_date': 'DATE'})"
                + " WHERE upper(trim(charge_type)) IN ('USAGE', 'FEE') AND upper(trim(currency)) = 'USD'"
                + " AND trim(service) NOT IN (" + EXCLUDED + ")"
                + " AND usage_date BETWEEN DATE '" + month.atDay(1) + "' AND DATE '" + month.atEndOfMonth() + "'"
                + " GROUP BY account_id";
        long started = System.nanoTime();
        long accounts = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                accounts++;
                total = total.add(rows.getBigDecimal(2));
            }
        }
        System.out.printf(Locale.ROOT, "duckdb: %d accounts with a base, bases total %s, query %.2f s%n", accounts,
                total.toPlainString(), (System.nanoTime() - started) / 1e9);
    }
}
