package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.PublishedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents through the command line: in Korean, not at all without the seller's details (one
 * warning says so), and written again by {@code report} for a month already billed.
 */
class DocumentsTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @Test
    void koreanDocumentsCarryHangulAndTheSameFigures() {
        Path out = work.resolve("out");
        Cli.Result march = Cli.bill("2026-03", SAMPLES.resolve("2026-03"), out, work.resolve("state"),
                "--billing.documents.locale=ko");
        assertThat(march.exitCode()).as(march.err()).isZero();
        String acme = PublishedFiles.pdfText(out.resolve("2026-03/documents/INV-202603-100000000001.pdf"));
        assertThat(acme).contains("청구서").contains("Acme Dev Shop").contains("계정 100000000001")
                .contains("Business 최소 요금, 2026년 3월 31일 중 16일 51.61").contains("합계 (USD) 893.54");
    }

    @Test
    void withoutTheSellersDetailsNoDocumentIsWrittenAndSummaryJsonSaysSoOnce() throws IOException {
        Path out = work.resolve("out");
        Cli.Result march = Cli.bill("2026-03", SAMPLES.resolve("2026-03"), out, work.resolve("state"),
                "--billing.seller.tax-id=");
        assertThat(march.exitCode()).as(march.err()).isZero();
        assertThat(out.resolve("2026-03/documents")).doesNotExist();
        assertThat(out.resolve("2026-03/report.html")).isRegularFile();
        String warning = "no invoice or credit-note documents were written: the seller's details are incomplete "
                + "(set billing.seller.tax-id, e.g. in config/application.properties)";
        assertThat(Files.readString(out.resolve("2026-03/summary.json")).split(java.util.regex.Pattern.quote(warning), -1))
                .hasSize(2);
        assertThat(march.out()).contains("warning    " + warning);
    }

    @Test
    void reportWritesTheReportAndDocumentsOfABilledMonthAgainAndBillsNothing() throws IOException {
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Path input = PublishedMonth.copy(SAMPLES.resolve("2026-03"), work.resolve("in/2026-03"));
        assertThat(Cli.bill("2026-03", input, out, state).exitCode()).isZero();
        String invoices = Files.readString(out.resolve("2026-03/invoices.csv"));
        String summary = Files.readString(out.resolve("2026-03/summary.json"));

        Cli.Result korean = Cli.run("report", "--month", "2026-03", "--output", out.toString(), "--state", state.toString(),
                "--billing.documents.locale=ko", "--billing.seller.name=새 판매자 주식회사");
        assertThat(korean.exitCode()).as(korean.err()).isZero();
        assertThat(korean.out()).contains("Rebuilt 2026-03 (revision 1): report.html and 5 documents in "
                + out.toAbsolutePath().resolve("2026-03") + ".");
        assertThat(PublishedFiles.pdfText(out.resolve("2026-03/documents/INV-202603-100000000002.pdf")))
                .contains("새 판매자 주식회사").contains("청구서").contains("Bright Analytics, GmbH");
        assertThat(Files.readString(out.resolve("2026-03/invoices.csv"))).isEqualTo(invoices);
        assertThat(Files.readString(out.resolve("2026-03/summary.json"))).isEqualTo(summary);
        assertThat(PublishedFiles.names(out.resolve("2026-03"))).doesNotContain(".documents.part", ".documents.old");

        Cli.Result april = Cli.run("report", "--month", "2026-04", "--output", out.toString(), "--state", state.toString());
        assertThat(april.exitCode()).isEqualTo(2);
        assertThat(april.err()).contains("2026-04 has not been billed with this state: there is nothing to rebuild.");

        Path moved = Files.move(work.resolve("in"), work.resolve("moved"));
        Cli.Result gone = Cli.run("report", "--month", "2026-03", "--output", out.toString(), "--state", state.toString());
        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.err()).contains("The input folder " + input.toAbsolutePath() + " that 2026-03 was billed from is gone")
                .contains("pass --input DIR");
        Cli.Result found = Cli.run("report", "--month", "2026-03", "--output", out.toString(), "--state", state.toString(),
                "--input", moved.resolve("2026-03").toString());
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(PublishedFiles.pdfText(out.resolve("2026-03/documents/INV-202603-100000000002.pdf")))
                .contains("Invoice").contains("Example Cloud Reseller Ltd.");
    }
}
