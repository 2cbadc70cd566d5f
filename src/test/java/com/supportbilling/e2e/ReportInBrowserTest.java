package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.supportbilling.billed.MoneyText;
import com.supportbilling.testing.HeadlessChromium;
import com.supportbilling.testing.PublishedFiles;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html of the sample months as a person sees it: opened from disk in headless Chromium, it
 * renders without a console message or a failed load, its charts are drawn, its figures are
 * summary.json's, and it prints on A4. {@code -Ddocs.screenshot=true} refreshes docs/report-2026-05.png
 * from the screenshot it takes.
 */
class ReportInBrowserTest {

    private static final Path SAMPLES = Path.of("input-samples");
    /** The bars' and the line's colour (report CSS: #2563eb). */
    private static final int CHART_BLUE = 0x2563eb;

    @TempDir
    static Path work;

    private static Path may;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void billTheSampleMonths() {
        Path out = work.resolve("out");
        for (String month : new String[] {"2026-03", "2026-04", "2026-05"}) {
            Cli.Result result = Cli.bill(month, SAMPLES.resolve(month), out, work.resolve("state"));
            assertThat(result.exitCode()).as(result.err()).isZero();
        }
        may = out.resolve("2026-05");
        chromium = new HeadlessChromium(work);
    }

    @Test
    void itRendersWithoutAnErrorAndShowsSummaryJsonsFigures() throws Exception {
        HeadlessChromium.Result loaded = chromium.dumpDom(may.resolve("report.html"));
        assertThat(loaded.err()).as("no console message, no failed load").doesNotContain("CONSOLE").doesNotContain("net::ERR");
        String dom = loaded.out();
        assertThat(dom).contains("<h1>Billing May 2026</h1>");

        PublishedMonth published = new PublishedMonth(may);
        Map<String, String> expected = new LinkedHashMap<>();
        for (String key : List.of("invoices.count", "refunds.count", "rows.read", "rows.accepted", "rows.rejected")) {
            expected.put(key, String.format(Locale.ROOT, "%,d", published.figure(key.split("\\.")).longValueExact()));
        }
        for (String key : List.of("invoices.subtotal", "invoices.tax", "invoices.total", "refunds.total")) {
            expected.put(key, MoneyText.format(published.figure(key.split("\\."))));
        }
        expected.put("reconciliation.holds", published.reconciles() ? "holds" : "does not hold");
        assertThat(figures(dom)).isEqualTo(expected);
        assertThat(expected.get("invoices.total")).isEqualTo("41,943.28");
    }

    @Test
    void itsChartsAreDrawn() throws Exception {
        HeadlessChromium.Result loaded = chromium.dumpDom(may.resolve("report.html"));
        Matcher bars = Pattern.compile("<rect x=\"170\" y=\"\\d+\" width=\"([0-9.]+)\"").matcher(loaded.out());
        List<BigDecimal> widths = bars.results().map(bar -> new BigDecimal(bar.group(1))).toList();
        assertThat(widths).as("a bar per plan billed in May").hasSize(4).allMatch(width -> width.signum() > 0);
        assertThat(loaded.out()).contains("<polyline class=\"line\"");

        Path png = work.resolve("report.png");
        chromium.screenshot(may.resolve("report.html"), png, 1100, 3400);
        BufferedImage screenshot = ImageIO.read(png.toFile());
        long blue = 0;
        for (int x = 0; x < screenshot.getWidth(); x++) {
            for (int y = 0; y < screenshot.getHeight(); y++) {
                if ((screenshot.getRGB(x, y) & 0xffffff) == CHART_BLUE) {
                    blue++;
                }
            }
        }
        assertThat(blue).as("pixels of the bars and the line drawn on screen").isGreaterThan(5_000);
        if (Boolean.getBoolean("docs.screenshot")) {
            Files.copy(png, Path.of("docs/report-2026-05.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void itPrintsOnA4() throws Exception {
        Path pdf = work.resolve("report.pdf");
        chromium.printToPdf(may.resolve("report.html"), pdf);
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            PDRectangle paper = printed.getPage(0).getMediaBox();
            assertThat(paper.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(paper.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        }
        assertThat(PublishedFiles.pdfText(pdf)).contains("Billing May 2026").contains("41,943.28");
    }

    private static Map<String, String> figures(String dom) {
        Map<String, String> figures = new LinkedHashMap<>();
        Pattern.compile("data-figure=\"([a-z.]+)\">([^<]*)<").matcher(dom).results()
                .forEach(figure -> figures.put(figure.group(1), figure.group(2)));
        return figures;
    }
}
