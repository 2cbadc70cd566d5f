package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/cli.md: bad arguments exit 2 with a sentence; every command prints the version; quote shows its arithmetic.
 */
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "run", "watch", "schedule", "report", "worker", "quote"})
    void everyCommandPrintsTheVersion(String command) {
        for (String flag : List.of("-V", "--version")) {
            Cli.Result result = Cli.run(Stream.of(command, flag).filter(arg -> !arg.isEmpty()).toArray(String[]::new));
            assertThat(result.exitCode()).as(command + " " + flag).isZero();
            assertThat(result.out()).as(command + " " + flag).isEqualTo("support-billing 0.1.0" + System.lineSeparator());
        }
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

    @ParameterizedTest(name = "--charges ''{0}''")
    @ValueSource(strings = {"abc", "1,000", "$100", " 100", "1_000", "NaN", "1e", ""})
    void chargesThatAreNotANumberExitTwoSayingWhatAnAmountIs(String charges) {
        Cli.Result result = Cli.run("quote", "--plan", "BUSINESS", "--charges", charges);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Invalid value for option '--charges': '" + charges
                + "' is not an amount: write a decimal number such as 85000 or 1234.56" + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "--charges {0}")
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e99999999999", "-1e-99999999999", "1e100", "1e-101"})
    void chargesOfAnAbsurdExponentExitTwoSayingHowManyDigitsAQuoteShows(String charges) {
        Cli.Result result = Cli.run("quote", "--plan", "BUSINESS", "--charges", charges);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Invalid value for option '--charges': '" + charges + "' is not an amount "
                + "a quote can show: write a decimal number with at most 100 digits before the point and 100 after it, "
                + "such as 85000 or 1234.56" + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "--charges {0}")
    @CsvSource(delimiter = '|', value = {
            "1e3           | 1000.00",
            "+100          | 100.00",
            "-100          | -100.00",
            ".5            | 0.50",
            "100.000       | 100.00",
            "0e-999999999  | 0.00"})
    void chargesAreAnyDecimalNumberThatCanBeWrittenOut(String charges, String shown) {
        Cli.Result result = Cli.run("quote", "--plan", "BUSINESS", "--charges", charges);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("BUSINESS (Business) on charges of " + shown + ", ");
    }

    @Test
    void chargesOfAHundredDigitsEitherSideOfThePointAreQuoted() {
        assertThat(Cli.run("quote", "--plan", "BUSINESS", "--charges", "1e99").out())
                .startsWith("BUSINESS (Business) on charges of 1" + "0".repeat(99) + ".00, ");
        assertThat(Cli.run("quote", "--plan", "BUSINESS", "--charges", "1.5e-99").out())
                .startsWith("BUSINESS (Business) on charges of 0." + "0".repeat(98) + "15, ");
    }

    @Test
    void quoteOfChargesFinerThanACentShowsExactlyWhatIsComputed() {
        Cli.Result developer = Cli.run("quote", "--plan", "DEVELOPER", "--charges", "1016.8334");
        assertThat(developer.out())
                .contains("DEVELOPER (Developer) on charges of 1016.8334,")
                .containsPattern("\\[0, ∞\\) +3 % of +1016\\.8334 = +30\\.505002\\R")
                .contains("tiered amount 30.51")
                .contains("fee = max(minimum, tiered) = 30.51");

        Cli.Result onRamp = Cli.run("quote", "--plan", "ENTERPRISE_ON_RAMP", "--charges", "55000.045");
        assertThat(onRamp.out())
                .containsPattern("\\[0, ∞\\) +10 % of +55000\\.045 = +5500\\.0045\\R")
                .contains("tiered amount 5500.00")
                .contains("fee = max(minimum, tiered) = 5500.00");
    }

    @Test
    void quoteOfChargesInCentsShowsEachBandInCents() {
        Cli.Result result = Cli.run("quote", "--plan", "BUSINESS", "--charges", "85000.12");
        assertThat(result.out().lines()).containsExactly(
                "BUSINESS (Business) on charges of 85000.12, catalog effective from 2000-01-01",
                "  [0, 10000)                 10 % of       10000.00 =      1000.00",
                "  [10000, 80000)              7 % of       70000.00 =      4900.00",
                "  [80000, 250000)             5 % of        5000.12 =       250.01",
                "  [250000, ∞)                 3 % of           0.00 =         0.00",
                "  tiered amount 6150.01",
                "  minimum       100.00",
                "  fee = max(minimum, tiered) = 6150.01");
    }

    @Test
    void bandsInFractionsOfACentAddUpToTheTieredAmount(@TempDir Path work) throws IOException {
        Path halves = Files.writeString(work.resolve("catalog.csv"), Files.readString(CATALOG)
                .replace("2000-01-01,DEVELOPER,Developer,ACCOUNT,29,0,0.03\n", """
                        2000-01-01,DEVELOPER,Developer,ACCOUNT,0,0,0.5
                        2000-01-01,DEVELOPER,Developer,ACCOUNT,0,0.005,0.5
                        """));
        Cli.Result result = Cli.run("quote", "--plan", "DEVELOPER", "--charges", "0.01", "--catalog", halves.toString());
        assertThat(result.out())
                .containsPattern("\\[0, 0\\.005\\) +50 % of +0\\.005 = +0\\.0025\\R")
                .containsPattern("\\[0\\.005, ∞\\) +50 % of +0\\.005 = +0\\.0025\\R")
                .contains("tiered amount 0.01");
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
