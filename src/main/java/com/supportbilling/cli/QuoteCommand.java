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
import java.util.Optional;
import java.util.concurrent.Callable;
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

    @Option(names = "--charges", required = true, paramLabel = "AMOUNT", description = "The month's eligible charges (USD).")
    private BigDecimal charges;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog CSV replacing the default one.")
    private Path catalogFile;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Price as in this month (default: this month).")
    private YearMonth month;

    @Override
    public Integer call() {
        Catalog catalog = catalogFile == null ? CatalogFile.defaultCatalog() : CatalogFile.read(catalogFile);
        CatalogVersion version = catalog.inForce(month == null ? YearMonth.now() : month);
        Optional<Plan> found = version.find(new PlanCode(plan));
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Plan " + plan.toUpperCase()
                    + " is not in the catalog; its plans are " + String.join(", ", version.plans().keySet().stream()
                            .map(PlanCode::value).toList()) + ".");
        }
        Plan priced = found.get();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (%s) on charges of %s, catalog effective from %s%n", priced.code(), priced.name(),
                Money.format(charges), version.effectiveFrom());
        for (RateTable.BandCharge band : priced.rates().breakdown(charges)) {
            String upper = band.band().isUnbounded() ? "∞" : band.band().upper().toPlainString();
            out.printf("  %-22s %6s %% of %14s = %12s%n", "[" + band.band().lower().toPlainString() + ", " + upper + ")",
                    band.band().rate().movePointRight(2).stripTrailingZeros().toPlainString(),
                    Money.format(band.portion()), Money.format(band.amount()));
        }
        PlanFee fee = PlanFee.fullMonth(priced, charges);
        out.printf("  tiered amount %s%n", Money.format(fee.roundedTiered()));
        out.printf("  minimum       %s%n", Money.format(priced.minimum()));
        out.printf("  fee = max(minimum, tiered) = %s%n", Money.format(fee.roundedFee()));
        out.flush();
        return 0;
    }
}
