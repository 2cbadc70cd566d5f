package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Postgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D48: a month billed after the month that follows it would bill the following month's advance
 * again, which that month already charged in full as MINIMUM. Found by billing April, then March:
 * both exited 0, and 20,700.00 was billed twice.
 */
class MonthOrderTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"the embedded state", "PostgreSQL"})
    void aMonthWhoseNextMonthIsBilledIsRefusedAndTheRerunsCorrectIt(String database) throws IOException {
        List<String> state = database.equals("PostgreSQL") ? Postgres.newDatabaseArguments() : List.of();
        assertThat(bill("2026-04", state).exitCode()).isZero();

        Cli.Result march = bill("2026-03", state);
        assertThat(march.exitCode()).as(march.err()).isEqualTo(3);
        assertThat(march.err()).contains("Refused to bill 2026-03: 2026-04, the month after it, is already billed on "
                + "this state").contains("Bill 2026-03 with --rerun (its first revision), then bill 2026-04 again with --rerun");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
        Cli.Result dryRun = bill("2026-03", state, "--dry-run");
        assertThat(dryRun.exitCode()).as("a dry run answers as the run would").isEqualTo(3);

        Cli.Result corrected = bill("2026-03", state, "--rerun");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        Cli.Result april = bill("2026-04", state, "--rerun");
        assertThat(april.exitCode()).as(april.err()).isZero();
        // April revision 2 credits the March advances: the minimums April charged in full go (R5)
        assertThat(Files.readAllLines(work.resolve("out/2026-04/corrections.csv"))).contains(
                "INV-202604-200000000000-R2,INV-202604-200000000000,200000000000,MINIMUM,ENTERPRISE,2026-04,15000.00,0.00,-15000.00",
                "INV-202604-000123456789-R2,INV-202604-000123456789,000123456789,MINIMUM,ENTERPRISE_ON_RAMP,2026-04,5500.00,0.00,-5500.00");
        GoldenFiles.assertMatches(work.resolve("out/2026-03"), "input-samples/2026-03");
    }

    private Cli.Result bill(String month, List<String> database, String... extra) {
        List<String> args = new ArrayList<>(database);
        args.add("--billing.progress=off");
        args.addAll(List.of(extra));
        return Cli.bill(month, SAMPLES.resolve(month), work.resolve("out"), work.resolve("state"),
                args.toArray(String[]::new));
    }
}
