package com.supportbilling.cli;

import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.RateTable;
import com.supportbilling.core.fee.PlanFee;
import com.supportbilling.core.money.Money;
import com.supportbilling.intake.reference.CatalogFile;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code quote}: a plan's fee on a month of charges, band by band, for support staff (R1, R4). */
@Command(name = "quote", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = "Prints the fee of a plan on a month of charges, with its band-by-band arithmetic.")
class QuoteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "CODE", description = "The plan code, e.g. BUSINESS.")
    private String plan;

    @Option(names = "--charges", required = true, paramLabel = "AMOUNT", converter = Amount.class,
            description = "The month's eligible charges (USD).")
    private BigDecimal charges;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog CSV replacing the default one.")
    private Path catalogFile;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Price as in this month (default: this month).")
    private YearMonth month;

    @Override
    public Integer call() {
        Catalog catalog = catalogFile == null ? CatalogFile.defaultCatalog() : CatalogFile.read(catalogFile);
        YearMonth pricedMonth = month == null ? YearMonth.now() : month;
        CatalogFile.requirePrices(catalog, pricedMonth, Optional.ofNullable(catalogFile));
        CatalogVersion version = catalog.inForce(pricedMonth);
        Optional<Plan> found = version.find(new PlanCode(plan));
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Plan " + plan.toUpperCase()
                    + " is not in the catalog; its plans are " + String.join(", ", version.plans().keySet().stream()
                            .map(PlanCode::value).toList()) + ".");
        }
        Plan priced = found.get();
        PlanFee fee = PlanFee.fullMonth(priced, charges);
        List<RateTable.BandCharge> bands = priced.rates().breakdown(charges);
        // Charges and portions are shown exactly, so that each line can be checked. A band's amount is shown in
        // cents, as before, only where cents tell the whole story: charges in cents, whose bands' cents add up
        // to the tiered amount (R9 rounds the tiered amount once, not each band).
        boolean inCents = Money.round(charges).compareTo(charges) == 0 && bands.stream()
                .map(band -> Money.round(band.amount())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(fee.roundedTiered()) == 0;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (%s) on charges of %s, catalog effective from %s%n", priced.code(), priced.name(),
                exact(charges), version.effectiveFrom());
        for (RateTable.BandCharge band : bands) {
            String upper = band.band().isUnbounded() ? "∞" : band.band().upper().toPlainString();
            out.printf("  %-22s %6s %% of %14s = %12s%n", "[" + band.band().lower().toPlainString() + ", " + upper + ")",
                    band.band().rate().movePointRight(2).stripTrailingZeros().toPlainString(),
                    exact(band.portion()), inCents ? Money.format(band.amount()) : exact(band.amount()));
        }
        out.printf("  tiered amount %s%n", Money.format(fee.roundedTiered()));
        out.printf("  minimum       %s%n", Money.format(priced.minimum()));
        out.printf("  fee = max(minimum, tiered) = %s%n", Money.format(fee.roundedFee()));
        out.flush();
        return 0;
    }

    /** An exact amount with two decimals at least and no trailing zeros beyond them: 1000.00, 5500.0045. */
    private static String exact(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < Money.SCALE ? stripped.setScale(Money.SCALE) : stripped).toPlainString();
    }

    /**
     * {@code --charges}: a decimal number as {@link BigDecimal} reads it (1234.56, -100, 1e3), within 100 digits
     * either side of the point: an exponent beyond that would have the quote compute and print numbers of
     * millions of digits, or overflow.
     */
    static final class Amount implements CommandLine.ITypeConverter<BigDecimal> {

        private static final int MAX_DIGITS = 100;
        private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");

        @Override
        public BigDecimal convert(String text) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(text).stripTrailingZeros();
            } catch (NumberFormatException e) {
                // BigDecimal refuses an exponent beyond an int: a number still, only out of reach
                throw SCIENTIFIC.matcher(text).matches() ? outOfReach(text) : new CommandLine.TypeConversionException(
                        "'" + text + "' is not an amount: write a decimal number such as 85000 or 1234.56");
            }
            if (amount.scale() > MAX_DIGITS || (long) amount.precision() - amount.scale() > MAX_DIGITS) {
                throw outOfReach(text);
            }
            // A plain scale from here on: 1e3 is 1000, and 0e-999999999 a 0 that costs nothing to subtract from
            return amount.scale() < 0 ? amount.setScale(0) : amount;
        }

        private static CommandLine.TypeConversionException outOfReach(String text) {
            return new CommandLine.TypeConversionException("'" + text + "' is not an amount a quote can show: write a "
                    + "decimal number with at most " + MAX_DIGITS + " digits before the point and " + MAX_DIGITS
                    + " after it, such as 85000 or 1234.56");
        }
    }
}
