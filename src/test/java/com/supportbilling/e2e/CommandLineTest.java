package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/cli.md: bad arguments exit 2 with a sentence; quote shows its arithmetic. */
class CommandLineTest {

    private static final Path CATALOG = Path.of("src/main/resources/defaults/catalog.csv");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "run --input in --output out                 | Missing required option: '--month=YYYY-MM'",
            "run --month 2026-13 --input in --output out | Invalid value for option '--month': '2026-13' is not a month: write YYYY-MM, e.g. 2026-03",
            "bill --month 2026-03                        | Unmatched arguments from index 0: 'bill'",
            "quote --plan GOLD --charges 100             | Plan GOLD is not in the catalog",
            "quote --plan BUSINESS --charges lots        | Invalid value for option '--charges'"})
    void badArgumentsExitTwoWithASentence(String args, String sentence) {
        Cli.Result result = Cli.run(args.strip().split(" +"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(sentence);
    }

    @Test
    void quoteShowsTheBandsOfThePublishedBusinessCheck() {
        Cli.Result result = Cli.run("quote", "--plan", "business", "--charges", "85000");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("BUSINESS (Business) on charges of 85000.00")
                .containsPattern("\\[0, 10000\\) +10 % of +10000\\.00 = +1000\\.00")
                .containsPattern("\\[10000, 80000\\) +7 % of +70000\\.00 = +4900\\.00")
                .containsPattern("\\[80000, 250000\\) +5 % of +5000\\.00 = +250\\.00")
                .contains("fee = max(minimum, tiered) = 6150.00");
    }

    @Test
    void quoteWithACatalogThatCannotBeUsedIsRefusedNamingTheFile(@TempDir Path work) throws IOException {
        Path missing = work.resolve("missing.csv");
        Cli.Result absent = Cli.run("quote", "--plan", "DEVELOPER", "--charges", "100", "--catalog", missing.toString());
        assertThat(absent.exitCode()).isEqualTo(3);
        assertThat(absent.err().strip()).isEqualTo("Cannot read " + missing + ": " + missing
                + ". Check that the file exists and is readable.");
        assertThat(absent.out()).isEmpty();

        Path withoutBasic = Files.writeString(work.resolve("catalog.csv"), Files.readString(CATALOG).lines()
                .filter(line -> !line.contains("BASIC")).collect(Collectors.joining("\n", "", "\n")));
        Cli.Result unusable = Cli.run("quote", "--plan", "DEVELOPER", "--charges", "100", "--catalog", withoutBasic.toString());
        assertThat(unusable.exitCode()).isEqualTo(3);
        assertThat(unusable.err()).startsWith("The catalog " + withoutBasic + " is not usable: ").contains("no BASIC plan");

        Path from2027 = Files.writeString(work.resolve("catalog-2027.csv"), Files.readString(CATALOG)
                .replace("2000-01-01,", "2027-01-01,"));
        Cli.Result tooEarly = Cli.run("quote", "--plan", "DEVELOPER", "--charges", "100", "--catalog", from2027.toString(),
                "--month", "2026-03");
        assertThat(tooEarly.exitCode()).isEqualTo(3);
        assertThat(tooEarly.err().strip()).isEqualTo("The catalog " + from2027 + " cannot price 2026-03: its earliest "
                + "version is effective from 2027-01-01. Add a version effective on or before 2026-03-01.");
    }

    @Test
    void quoteOfASmallBaseIsTheMinimum() {
        Cli.Result result = Cli.run("quote", "--plan", "DEVELOPER", "--charges", "900");
        assertThat(result.out()).contains("tiered amount 27.00").contains("fee = max(minimum, tiered) = 29.00");
    }
}
