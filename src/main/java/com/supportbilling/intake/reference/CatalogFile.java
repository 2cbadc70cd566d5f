package com.supportbilling.intake.reference;

import com.supportbilling.core.catalog.Band;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.RateTable;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalog as CSV (R1), one row per band:
 * {@code effective_from,plan_code,plan_name,scope,minimum,band_from,rate}. A band runs from its
 * {@code band_from} to the next band's; a plan without bands (BASIC) leaves both empty. Every
 * version lists all its plans. A catalog with an error refuses the run: prices are not guessed.
 */
public final class CatalogFile {

    public static final String NAME = "catalog.csv";
    public static final String DEFAULT_RESOURCE = "/defaults/catalog.csv";
    static final List<String> REQUIRED = List.of("effective_from", "plan_code", "scope", "minimum", "band_from", "rate");

    private CatalogFile() {
    }

    public static Catalog read(Path path) {
        try (CsvFile file = CsvFile.openWithColumns(path, REQUIRED)) {
            return parse(file, path.toString());
        }
    }

    /** The catalog of R1 that ships inside the application. */
    public static Catalog defaultCatalog() {
        try (CsvFile file = CsvFile.requireColumns(CsvFile.openResource(DEFAULT_RESOURCE), DEFAULT_RESOURCE, REQUIRED)) {
            return parse(file, "shipped with the application");
        }
    }

    private static Catalog parse(CsvFile file, String source) {
        CsvHeader header = file.header();
        Map<LocalDate, Map<PlanCode, PlanRows>> versions = new TreeMap<>();
        for (CsvRecord record = file.next(); record != null; record = file.next()) {
            if (record.isMalformed() || record.fields().size() != header.size()) {
                throw refused(source, record, "the row is not " + header.size() + " comma-separated fields");
            }
            LocalDate from = parseDate(source, record, header.value(record, "effective_from"));
            PlanCode code = new PlanCode(require(source, record, header, "plan_code"));
            Scope scope = parseScope(source, record, header.value(record, "scope"));
            BigDecimal minimum = parseNumber(source, record, header, "minimum");
            if (minimum.signum() < 0) {
                throw refused(source, record, "the minimum of " + code + " is " + minimum.toPlainString()
                        + "; a minimum is 0 or more");
            }
            String name = header.value(record, "plan_name");
            long line = record.lineNumber();
            PlanRows plan = versions.computeIfAbsent(from, key -> new LinkedHashMap<>())
                    .computeIfAbsent(code, key -> new PlanRows(code, name, scope, minimum, line));
            plan.agrees(source, record, name, scope, minimum, from);
            if (!header.value(record, "band_from").isEmpty() || !header.value(record, "rate").isEmpty()) {
                plan.addBand(source, record, parseNumber(source, record, header, "band_from"),
                        parseNumber(source, record, header, "rate"));
            }
        }
        if (versions.isEmpty()) {
            throw new InputRefusedException("The catalog " + source + " has no plans.");
        }
        try {
            List<CatalogVersion> catalogVersions = new ArrayList<>();
            versions.forEach((from, plans) -> catalogVersions.add(
                    CatalogVersion.of(from, plans.values().stream().map(PlanRows::toPlan).toList())));
            return new Catalog(catalogVersions);
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException("The catalog " + source + " is not usable: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Refuses a catalog none of whose versions is in force on the first day of {@code month} (R1): the same
     * refusal every time, an input to change, not a fault to retry. {@code file} is the catalog's file, none for
     * the one shipped with the application.
     */
    public static void requirePrices(Catalog catalog, YearMonth month, Optional<Path> file) {
        if (!catalog.prices(month)) {
            throw new InputRefusedException("The catalog " + file.map(Path::toString).orElse("shipped with the application")
                    + " cannot price " + month + ": its earliest version is effective from " + catalog.earliest()
                    + ". Add a version effective on or before " + month.atDay(1) + ".");
        }
    }

    private static String require(String source, CsvRecord record, CsvHeader header, String column) {
        String value = header.value(record, column);
        if (value.isEmpty()) {
            throw refused(source, record, column + " is empty");
        }
        return value;
    }

    private static LocalDate parseDate(String source, CsvRecord record, String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw refused(source, record, "effective_from '" + text + "' is not a date YYYY-MM-DD");
        }
    }

    private static Scope parseScope(String source, CsvRecord record, String text) {
        try {
            return Scope.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(source, record, "scope '" + text + "' is neither ACCOUNT nor GROUP");
        }
    }

    private static BigDecimal parseNumber(String source, CsvRecord record, CsvHeader header, String column) {
        String text = header.value(record, column);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw refused(source, record, column + " '" + text + "' is not a number");
        }
    }

    private static InputRefusedException refused(String source, CsvRecord record, String problem) {
        return new InputRefusedException("The catalog " + source + " cannot be used: line " + record.lineNumber()
                + ": " + problem + ".");
    }

    /**
     * The rows of one plan in one version (D53): they agree on its scope, minimum and name (where they
     * give one), and list its bands from the lowest up, each start once, the first at 0, each rate a
     * fraction from 0 to 1. A duplicated or misordered band would otherwise price the plan silently wrong.
     */
    private static final class PlanRows {
        private final PlanCode code;
        private String name;
        private final Scope scope;
        private final BigDecimal minimum;
        private final long firstLine;
        private final TreeMap<BigDecimal, BigDecimal> bands = new TreeMap<>();
        private final Map<BigDecimal, Long> bandLines = new LinkedHashMap<>();

        PlanRows(PlanCode code, String name, Scope scope, BigDecimal minimum, long firstLine) {
            this.code = code;
            this.name = name;
            this.scope = scope;
            this.minimum = minimum;
            this.firstLine = firstLine;
        }

        void agrees(String source, CsvRecord record, String otherName, Scope otherScope, BigDecimal otherMinimum,
                LocalDate from) {
            if (scope != otherScope) {
                throw disagree(source, record, "scope", scope.name(), otherScope.name(), from);
            }
            if (minimum.compareTo(otherMinimum) != 0) {
                throw disagree(source, record, "minimum", minimum.toPlainString(), otherMinimum.toPlainString(), from);
            }
            if (name.isEmpty()) {
                name = otherName;
            } else if (!otherName.isEmpty() && !name.equals(otherName)) {
                throw disagree(source, record, "plan_name", "'" + name + "'", "'" + otherName + "'", from);
            }
        }

        private InputRefusedException disagree(String source, CsvRecord record, String column, String first,
                String other, LocalDate from) {
            return refused(source, record, "plan " + code + " has " + column + " " + other + ", but line " + firstLine
                    + " gives it " + first + " in the version effective from " + from
                    + "; every row of a plan must agree");
        }

        void addBand(String source, CsvRecord record, BigDecimal from, BigDecimal rate) {
            if (from.signum() < 0) {
                throw refused(source, record, "a band of " + code + " starts at " + from.toPlainString()
                        + "; bands start at 0 or above");
            }
            if (bands.isEmpty() && from.signum() != 0) {
                throw refused(source, record, "the first band of " + code + " starts at " + from.toPlainString()
                        + "; the lowest band must start at 0");
            }
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw refused(source, record, "the rate of " + code + "'s band from " + from.toPlainString() + " is "
                        + rate.toPlainString() + "; a rate is a fraction from 0 to 1, e.g. 0.07 for 7 %");
            }
            Long earlier = bandLines.get(from);
            if (earlier != null) {
                throw refused(source, record, "plan " + code + " has a second band from " + from.toPlainString()
                        + " (the first is on line " + earlier + "); each band starts once");
            }
            if (!bands.isEmpty() && from.compareTo(bands.lastKey()) < 0) {
                throw refused(source, record, "the band of " + code + " from " + from.toPlainString()
                        + " comes after the band from " + bands.lastKey().toPlainString() + " (line "
                        + bandLines.get(bands.lastKey()) + "); list a plan's bands from the lowest up");
            }
            bands.put(from, rate);
            bandLines.put(from, record.lineNumber());
        }

        Plan toPlan() {
            List<Band> list = new ArrayList<>();
            List<BigDecimal> lowers = new ArrayList<>(bands.keySet());
            for (int i = 0; i < lowers.size(); i++) {
                BigDecimal upper = i + 1 < lowers.size() ? lowers.get(i + 1) : null;
                list.add(new Band(lowers.get(i), upper, bands.get(lowers.get(i))));
            }
            return new Plan(code, name, minimum, scope, new RateTable(list));
        }
    }
}
