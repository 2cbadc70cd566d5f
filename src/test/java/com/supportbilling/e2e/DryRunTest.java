package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --dry-run bills in memory, prints the summary, records and publishes nothing, and writes only its report, in the temp
 * folder.
 */
class DryRunTest {

    private static final Path MARCH = Path.of("input-samples/2026-03");
    private static final Path APRIL = Path.of("input-samples/2026-04");

    @TempDir
    Path work;

    private final List<Path> reports = new ArrayList<>();

    @Test
    void aDryRunPrintsWhatARunWouldBillAndLeavesNoTraceButItsReport() throws IOException {
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Cli.Result dry = Cli.bill("2026-03", MARCH, out, state, "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        Path report = report(dry, "2026-03-R1");
        assertThat(dry.out()).contains("Dry run of 2026-03 (revision 1): nothing was recorded or published; the report "
                + "it would publish is " + report + ".")
                .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72");
        assertThat(Files.readString(report)).contains("Billing March 2026").contains("DRY_RUN")
                .contains("<div class=\"value\" data-figure=\"invoices.total\">56,600.72</div>");
        assertThat(out).as("nothing in the output folder").doesNotExist();
        assertThat(state).doesNotExist();

        Cli.Result real = Cli.bill("2026-03", MARCH, out, state);
        assertThat(real.out()).contains("Billed 2026-03 (revision 1)")
                .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72");

        Map<Path, byte[]> before = snapshot(work);
        Cli.Result again = Cli.bill("2026-03", MARCH, out, state, "--dry-run");
        assertThat(again.exitCode()).isEqualTo(4);
        Cli.Result rerun = Cli.bill("2026-03", MARCH, out, state, "--dry-run", "--rerun");
        assertThat(rerun.out()).contains("Dry run of 2026-03 (revision 2)");
        // the next month's dry run reads March's advances from the ledger, read-only
        Cli.Result april = Cli.bill("2026-04", APRIL, out, state, "--dry-run");
        assertThat(april.out()).contains("invoices   5: subtotal 36,661.63");
        assertThat(report(rerun, "2026-03-R2")).content().contains("Revision 2");
        assertThat(report(april, "2026-04-R1")).content().contains("Largest changes against March 2026");
        Map<Path, byte[]> after = snapshot(work);
        assertThat(after).as("no file written or changed by the dry runs").containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path.toString()).isEqualTo(before.get(path)));
    }

    private Path report(Cli.Result dry, String monthAndRevision) {
        Path report = DryRunReport.of(dry, monthAndRevision);
        reports.add(report);
        return report;
    }

    @AfterEach
    void removeTheReports() throws IOException {
        for (Path report : reports) {
            DryRunReport.remove(report);
        }
    }

    private static Map<Path, byte[]> snapshot(Path root) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
