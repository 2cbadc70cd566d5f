import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;

/**
 * Prints how long each step of the billing runs took, from Spring Batch's job repository in a run's
 * --state folder (the embedded HSQLDB file database), or in the database a JDBC URL names (PostgreSQL:
 * bench/several-machines.sh). Needs the database's driver on the class path; bench/run.sh extracts
 * HSQLDB's from target/support-billing.jar:
 *
 * <pre>
 * java -cp bench/work/lib/hsqldb.jar bench/StepTimes.java STATE_DIR
 * java -cp postgresql.jar bench/StepTimes.java jdbc:postgresql://HOST:PORT/DB [USER PASSWORD]
 * </pre>
 *
 * Read-only: it opens an HSQLDB state with readonly=true, after the run has ended.
 */
public class StepTimes {

    public static void main(String[] args) throws SQLException {
        boolean jdbc = args.length > 0 && args[0].startsWith("jdbc:");
        if (args.length != 1 && !(jdbc && args.length == 3)) {
            System.err.println("usage: java -cp hsqldb.jar bench/StepTimes.java STATE_DIR");
            System.err.println("       java -cp DRIVER.jar bench/StepTimes.java JDBC_URL [USER PASSWORD]");
            System.exit(2);
        }
        String url = jdbc ? args[0] : "jdbc:hsqldb:file:" + args[0] + "/ledger;readonly=true;ifexists=true";
        String user = !jdbc ? "SA" : args.length == 3 ? args[1] : "postgres";
        String password = !jdbc ? "" : args.length == 3 ? args[2] : "postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            try (ResultSet job = statement.executeQuery("SELECT JOB_EXECUTION_ID, CREATE_TIME, START_TIME, END_TIME, STATUS"
                    + " FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
                while (job.next()) {
                    System.out.printf(Locale.ROOT, "job execution %d: %s, %.2f s from start to end%n", job.getLong(1),
                            job.getString(5), seconds(job.getTimestamp(3), job.getTimestamp(4)));
                }
            }
            System.out.printf(Locale.ROOT, "| %-16s | %-9s | %9s | %10s | %10s | %8s |%n", "step", "status", "time (s)", "read",
                    "written", "commits");
            System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(18), "-".repeat(11), "-".repeat(11), "-".repeat(12),
                    "-".repeat(12), "-".repeat(10));
            try (ResultSet step = statement.executeQuery("SELECT STEP_NAME, STATUS, START_TIME, END_TIME, READ_COUNT,"
                    + " WRITE_COUNT, COMMIT_COUNT FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID")) {
                while (step.next()) {
                    System.out.printf(Locale.ROOT, "| %-16s | %-9s | %9.2f | %10d | %10d | %8d |%n", step.getString(1),
                            step.getString(2), seconds(step.getTimestamp(3), step.getTimestamp(4)), step.getLong(5),
                            step.getLong(6), step.getLong(7));
                }
            }
        }
    }

    private static double seconds(Timestamp start, Timestamp end) {
        if (start == null || end == null) {
            return Double.NaN;
        }
        return (end.getTime() - start.getTime()) / 1000.0;
    }
}
