package com.supportbilling.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.billed.BilledMonthReader;
import com.supportbilling.billed.MonthRows;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.intake.reference.ReferenceDataLoader;
import com.supportbilling.ledger.BilledHistory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html of April 2026 of input-samples/, from its golden files, its input and March as the month before. */
class ReportPageTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples");
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final String page = render();

    @Test
    void theHeadlineFiguresAreSummaryJsonsAsMoney() {
        assertThat(figure("invoices.count")).isEqualTo("5");
        assertThat(figure("invoices.subtotal")).isEqualTo("36,661.63");
        assertThat(figure("invoices.tax")).isEqualTo("4,232.50");
        assertThat(figure("invoices.total")).isEqualTo("40,894.13");
        assertThat(figure("refunds.count")).isEqualTo("0");
        assertThat(figure("rows.read")).isEqualTo("43");
        assertThat(figure("rows.accepted")).isEqualTo("41");
        assertThat(figure("rows.rejected")).isEqualTo("2");
        assertThat(page).contains("<span class=\"status holds\" data-figure=\"reconciliation.holds\">holds</span>");
    }

    @Test
    void itIsOneFileWithNothingToFetchAndNoScript() {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").contains("@page { size: A4;")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("<link").doesNotContain("url(");
    }

    @Test
    void feesByPlanAreABarEachAndTheMonthsAPointEach() {
        assertThat(count("<g class=\"bar\">")).as("Enterprise, Enterprise On-Ramp, Business, Developer").isEqualTo(4);
        assertThat(page).contains("<title>Enterprise: 20,390.00</title>");
        assertThat(count("<g class=\"point\">")).isEqualTo(2);
        assertThat(page).contains("<title>Mar 26: 50,981.61</title>").contains("<title>Apr 26: 36,661.63</title>")
                .contains("The last 2 billed months");
        assertThat(page).contains("<tr><td>MINIMUM</td><td class=\"num\">");
    }

    @Test
    void theLargestPayersAndTheLargestChangesAgainstTheMonthBefore() {
        assertThat(rows("<td class=\"num\">\\d+</td><td><code>(\\d{12})</code>")).containsExactly("200000000000",
                "100000000002", "000123456789", "100000000001", "100000000007");
        assertThat(page).contains("Largest changes against March 2026").contains("1 new · 2 grown · 2 shrunk · 1 gone");
        assertThat(rows("<td><code>(\\d{12})</code></td><td>[^<]*</td><td class=\"kind-"))
                .containsExactly("200000000000", "000123456789", "100000000002", "100000000001", "100000000007",
                        "100000000003");
        assertThat(page).contains("<td class=\"kind-gone\">gone</td><td class=\"num\">28.07</td><td class=\"num\">0.00</td>"
                + "<td class=\"num\">-28.07</td>");
        assertThat(page).contains("<td class=\"kind-new\">new</td><td class=\"num\">0.00</td><td class=\"num\">39.63</td>"
                + "<td class=\"num\">+39.63</td>");
    }

    @Test
    void thePlanChangesAndTheRejectedRowsWithTheirPlace() {
        assertThat(page).contains("<h3>Registrations (2)</h3>")
                .contains("<td>2026-04-20</td><td><code>100000000007</code></td><td>Golf Ventures</td><td>Basic</td>"
                        + "<td>Developer</td>");
        assertThat(page).contains("<h3>INVALID_DATE (1)</h3>").contains("<code>usage-2026-04.csv:15</code>")
                .contains("usage date &#39;2026-04-31&#39; is not a date");
        assertThat(page).doesNotContain("id=\"rerun\"");
    }

    private String render() {
        BilledMonth april = BilledMonthReader.read(MonthRows.of(GOLDEN.resolve("2026-04")));
        BilledMonth march = BilledMonthReader.read(MonthRows.of(GOLDEN.resolve("2026-03")));
        Map<AccountId, BigDecimal> previous = new HashMap<>();
        march.invoices().forEach(invoice -> previous.put(invoice.payer(), invoice.subtotal()));
        ReferenceData reference = ReferenceDataLoader.load(new InputFolder(Path.of("input-samples/2026-04"), null, APRIL));
        return ReportPage.render(april, new ReportInputs(reference.accounts(), reference.timelines(),
                reference.catalog().inForce(APRIL),
                List.of(new BilledHistory.MonthTotal(YearMonth.of(2026, 3), 1, new BigDecimal("50981.61"), BigDecimal.ZERO)),
                previous));
    }

    private String figure(String key) {
        var matcher = Pattern.compile("data-figure=\"" + Pattern.quote(key) + "\">([^<]*)<").matcher(page);
        assertThat(matcher.find()).as(key).isTrue();
        return matcher.group(1);
    }

    private long count(String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    private List<String> rows(String pattern) {
        return Pattern.compile(pattern).matcher(page).results().map(result -> result.group(1)).toList();
    }
}
