package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report a dry run writes in a folder of its own in the temp folder, and names in its last line (D67). */
final class DryRunReport {

    private static final Pattern NAMED = Pattern.compile("the report it would publish is (.+report\\.html)\\.");

    private DryRunReport() {
    }

    /** The report {@code dry} names, checked to be in a {@code support-billing-dry-run-<monthAndRevision>-…} folder. */
    static Path of(Cli.Result dry, String monthAndRevision) {
        Matcher named = NAMED.matcher(dry.out());
        assertThat(named.find()).as(dry.out()).isTrue();
        Path report = Path.of(named.group(1));
        assertThat(report.getParent().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
        assertThat(report.getParent().getFileName().toString()).startsWith("support-billing-dry-run-" + monthAndRevision + "-");
        return report;
    }

    /** Removes the report and its folder. */
    static void remove(Path report) throws IOException {
        Files.deleteIfExists(report);
        Files.deleteIfExists(report.getParent());
    }
}
