package com.supportbilling.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.supportbilling.billed.BilledMonth;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report.html: the month's report filled into the Mustache template shipped in the jar. */
final class ReportPage {

    static final String FILE_NAME = "report.html";
    private static final String TEMPLATE = "/report/month-report.html.mustache";
    private static final Template PAGE = compile();

    private ReportPage() {
    }

    static String render(BilledMonth billed, ReportInputs inputs) {
        return PAGE.execute(MonthReportBuilder.build(billed, inputs));
    }

    /** Writes {@code folder/report.html} whole: a reader sees the old page or the new one, never half of one. */
    static Path write(BilledMonth billed, ReportInputs inputs, Path folder) {
        Path target = folder.resolve(FILE_NAME);
        Path partial = folder.resolve(FILE_NAME + ".part");
        try {
            Files.writeString(partial, render(billed, inputs), StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static Template compile() {
        try (Reader template = new InputStreamReader(ReportPage.class.getResourceAsStream(TEMPLATE), StandardCharsets.UTF_8)) {
            return Mustache.compiler().zeroIsFalse(true).emptyStringIsFalse(true).nullValue("").compile(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
