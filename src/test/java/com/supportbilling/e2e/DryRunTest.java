package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --dry-run bills in memory, prints the summary, and writes and records nothing. */
class DryRunTest {

    private static final Path MARCH = Path.of("input-samples/2026-03");
    private static final Path APRIL = Path.of("input-samples/2026-04");

    @TempDir
    Path work;

    @Test
    void aDryRunPrintsWhatARunWouldBillAndLeavesNoTrace() throws IOException {
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Cli.Result dry = Cli.bill("2026-03", MARCH, out, state, "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Dry run of 2026-03 (revision 1): nothing was written or recorded.")
                .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72");
        assertThat(out).doesNotExist();
        assertThat(state).doesNotExist();

        Cli.Result real = Cli.bill("2026-03", MARCH, out, state);
        assertThat(real.out()).contains("Billed 2026-03 (revision 1)")
                .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72");

        Map<Path, String> before = Folders.contents(work);
        Cli.Result again = Cli.bill("2026-03", MARCH, out, state, "--dry-run");
        assertThat(again.exitCode()).isEqualTo(4);
        Cli.Result rerun = Cli.bill("2026-03", MARCH, out, state, "--dry-run", "--rerun");
        assertThat(rerun.out()).contains("Dry run of 2026-03 (revision 2)");
        // the next month's dry run reads March's advances from the ledger, read-only
        Cli.Result april = Cli.bill("2026-04", APRIL, out, state, "--dry-run");
        assertThat(april.out()).contains("invoices   5: subtotal 36,661.63");
        assertThat(Folders.contents(work)).as("no file written or changed").isEqualTo(before);
    }
}
