package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R11: --rerun issues revision n with its corrections against n − 1, and keeps the earlier revisions. */
class RerunTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @Test
    void rerunsIssueRevisionsWithCorrectionsAndTheNextMonthCreditsTheLatestAdvance() throws IOException {
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Path march = copy(SAMPLES.resolve("2026-03"), work.resolve("march"));
        assertThat(Cli.bill("2026-03", march, out, state).exitCode()).isZero();
        String revision1 = Files.readString(out.resolve("2026-03/invoice-lines.csv"));

        // unchanged input: revision 2, the same amounts under -R2 ids, no corrections
        Cli.Result same = Cli.bill("2026-03", march, out, state, "--rerun");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("Billed 2026-03 (revision 2)").contains("corrected  0 lines against revision 1");
        assertThat(Files.readAllLines(out.resolve("2026-03/corrections.csv"))).containsExactly(
                "invoice_id,previous_invoice_id,account_id,line_type,plan_code,service_month,previous_amount,amount,difference");
        assertThat(Files.readString(out.resolve("2026-03/invoice-lines.csv")))
                .isEqualTo(revision1.replaceAll("(INV-202603-\\d{12}),", "$1-R2,"));
        assertThat(Files.readString(out.resolve("2026-03/revisions/R1/invoice-lines.csv"))).isEqualTo(revision1);

        // corrected input: Acme's S3 line was 17 800, not 7 800; Cobalt never cancelled
        replace(march.resolve("usage-2026-03.csv"), "USAGE,7800.00,USD", "USAGE,17800.00,USD");
        replace(march.resolve("subscriptions.csv"), "100000000003,2026-03-28,BASIC\n", "");
        Cli.Result corrected = Cli.bill("2026-03", march, out, state, "--rerun");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        // Acme, base 22 000: Developer B' 10 645.16 → 319.35 − 14.03 = 305.32; Business B' 11 354.84 →
        // 1 094.84 − 51.61 = 1 043.23. Cobalt on Developer from the 10th to the end: 22 days → 20.58, no
        // COMMITMENT, and April billed in advance.
        assertThat(Files.readAllLines(out.resolve("2026-03/corrections.csv"))).containsExactly(
                "invoice_id,previous_invoice_id,account_id,line_type,plan_code,service_month,previous_amount,amount,difference",
                "INV-202603-100000000001-R3,INV-202603-100000000001-R2,100000000001,USAGE,BUSINESS,2026-03,567.74,1043.23,475.49",
                "INV-202603-100000000001-R3,INV-202603-100000000001-R2,100000000001,USAGE,DEVELOPER,2026-03,160.16,305.32,145.16",
                "INV-202603-100000000003-R3,INV-202603-100000000003-R2,100000000003,MINIMUM,DEVELOPER,2026-03,16.84,20.58,3.74",
                "INV-202603-100000000003-R3,INV-202603-100000000003-R2,100000000003,COMMITMENT,DEVELOPER,2026-03,11.23,0.00,-11.23",
                "INV-202603-100000000003-R3,INV-202603-100000000003-R2,100000000003,ADVANCE,DEVELOPER,2026-04,0.00,29.00,29.00");
        assertThat(names(out.resolve("2026-03/revisions"))).containsExactly("R1", "R2");
        assertThat(Files.readString(out.resolve("2026-03/revisions/R2/corrections.csv"))).hasLineCount(1);
        // each revision has its own report and documents; the earlier ones stay in revisions/
        assertThat(out.resolve("2026-03/documents/INV-202603-100000000001-R3.pdf")).isRegularFile();
        assertThat(out.resolve("2026-03/revisions/R2/documents/INV-202603-100000000001-R2.pdf")).isRegularFile();
        assertThat(out.resolve("2026-03/revisions/R1/documents/INV-202603-100000000001.pdf")).isRegularFile();
        assertThat(out.resolve("2026-03/revisions/R1/report.html")).content().contains("Revision 1 ·");
        assertThat(out.resolve("2026-03/report.html")).content().contains("<h2>Revision 3 against revision 2</h2>")
                .contains("5 corrected lines: lines +642.16, refunds 0.00 (corrections.csv).")
                .contains("<td><code>INV-202603-100000000003-R3</code></td><td><code>100000000003</code></td>"
                        + "<td>COMMITMENT</td><td>DEVELOPER</td><td>2026-03</td><td class=\"num\">11.23</td>"
                        + "<td class=\"num\">0.00</td><td class=\"num\">-11.23</td>");

        // April credits the advance of March's latest revision: Cobalt's 29.00, so no MINIMUM line
        Path april = copy(SAMPLES.resolve("2026-04"), work.resolve("april"));
        replace(april.resolve("subscriptions.csv"), "100000000003,2026-03-28,BASIC\n", "");
        assertThat(Cli.bill("2026-04", april, out, state).exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("2026-04/invoice-lines.csv")).stream()
                .filter(line -> line.startsWith("INV-202604-100000000003")).map(line -> line.split(",")[3]).toList())
                .containsExactly("ADVANCE");

        // March billed again after April with the same advances: April settled them already, nothing to say (D27)
        Cli.Result sameAdvances = Cli.bill("2026-03", march, out, state, "--rerun");
        assertThat(sameAdvances.exitCode()).as(sameAdvances.err()).isZero();
        assertThat(sameAdvances.out()).contains("(revision 4)").doesNotContain("was billed (revision");

        // March billed again after April, Cobalt cancelling after all: its April advance goes, and April, left as
        // it is, needs a rerun, which the run says (D27)
        replace(march.resolve("subscriptions.csv"), "100000000003,2026-03-10,DEVELOPER\n",
                "100000000003,2026-03-10,DEVELOPER\n100000000003,2026-03-28,BASIC\n");
        Cli.Result afterApril = Cli.bill("2026-03", march, out, state, "--rerun");
        assertThat(afterApril.exitCode()).as(afterApril.err()).isZero();
        String warning = "2026-04 was billed (revision 1) on the advances of an earlier revision of 2026-03, which this "
                + "revision changed: bill 2026-04 again with --rerun so that it settles the advances of this revision";
        assertThat(afterApril.out()).contains(warning);
        assertThat(out.resolve("2026-03/summary.json")).content().contains(warning);
        assertThat(corrected.out()).doesNotContain("was billed (revision");
    }

    @Test
    void aRerunOfAMonthNeverBilledIsItsFirstRevision() throws IOException {
        Cli.Result result = Cli.bill("2026-03", SAMPLES.resolve("2026-03"), work.resolve("out"), work.resolve("state"),
                "--rerun");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("(revision 1)");
        assertThat(work.resolve("out/2026-03/corrections.csv")).doesNotExist();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
