package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.FileSystemUtils;

/** D51: every way a command can go wrong ends with its own exit code and one plain sentence. */
class ExitCodeTest {

    private static final Path MARCH = Path.of("input-samples/2026-03");

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--billing.progress=bogus            | The setting --billing.progress=bogus cannot be used",
            "--billing.max-line-amount=lots      | The setting --billing.max-line-amount=lots cannot be used",
            "--spring.datasource.url=garbage     | --spring.datasource.url=garbage is not a database this application can use"})
    void aSettingThatCannotBeReadIsABadArgument(String setting, String sentence) {
        Cli.Result result = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"), setting.strip());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(oneSentence(result)).contains(sentence);
    }

    @Test
    void aWatchSettingThatCannotBeReadIsABadArgument() throws IOException {
        Cli.Result result = Cli.run("watch", "--inbox", Files.createDirectories(work.resolve("inbox")).toString(),
                "--output", work.resolve("out").toString(), "--state", work.resolve("state").toString(),
                "--billing.watch.quiet-period=abc");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(oneSentence(result)).contains("The setting --billing.watch.quiet-period=abc cannot be used");
    }

    @ParameterizedTest(name = "--month {0}")
    @CsvSource({"9999-12", "1999-12", "3000-01"})
    void aMonthOutsideTheCenturiesBilledIsABadArgument(String month) {
        Cli.Result result = Cli.bill(month, MARCH, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'" + month + "' is outside the months this job bills, 2000-01 to 2999-12");
    }

    @Test
    void aFileWhereAFolderBelongsIsABadArgument() throws IOException {
        Path file = Files.writeString(work.resolve("state"), "not a folder");
        Cli.Result result = Cli.bill("2026-03", MARCH, work.resolve("out"), file);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--state " + file.toAbsolutePath() + " is a file, not a folder");

        // a folder that would be made inside a file: the same bad argument, not a failure to "run again"
        Path inside = file.resolve("out");
        Cli.Result under = Cli.bill("2026-03", MARCH, inside, work.resolve("state-2"));
        assertThat(under.exitCode()).isEqualTo(2);
        assertThat(under.err()).contains("--output " + inside.toAbsolutePath() + " cannot be made: " + file.toAbsolutePath()
                + " is a file, not a folder").doesNotContain("run the same command again");
        assertThat(work.resolve("state-2")).doesNotExist();
    }

    @Test
    void alreadyBilledSaysWhenItsOutputsAreGone() throws IOException {
        assertThat(Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state")).exitCode()).isZero();
        Cli.Result again = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"));
        assertThat(again.exitCode()).isEqualTo(4);
        assertThat(oneSentence(again)).contains("its outputs are in " + work.resolve("out/2026-03").toAbsolutePath());
        FileSystemUtils.deleteRecursively(work.resolve("out/2026-03"));
        Cli.Result gone = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"));
        assertThat(gone.exitCode()).isEqualTo(4);
        assertThat(oneSentence(gone)).contains("its outputs were published in " + work.resolve("out/2026-03").toAbsolutePath()
                + ", which no longer exists");
    }

    /** A catalog whose April version drops BUSINESS cannot price March's advance: input refused, not retried. */
    @Test
    void aCatalogThatCannotPriceTheMonthIsRefusedInOneSentence() throws IOException {
        Path catalog = Files.writeString(work.resolve("catalog.csv"), Files.readString(
                Path.of("src/main/resources/defaults/catalog.csv")) + "2026-04-01,BASIC,Basic,ACCOUNT,0,,\n");
        Cli.Result result = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"),
                "--catalog", catalog.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        String sentence = oneSentence(result);
        assertThat(sentence).startsWith("The catalog cannot price 2026-03: plan ")
                .contains("is not in the catalog version effective from 2026-04-01")
                .doesNotContain("run the same command again");
        assertThat(sentence.split("Nothing was published", -1)).as(sentence).hasSize(2);
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    /** The lines of stderr other than the run's own time-stamped start and end lines: exactly one. */
    private static String oneSentence(Cli.Result result) {
        return result.err().lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d .*")).reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
