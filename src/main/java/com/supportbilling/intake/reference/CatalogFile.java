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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            String name = header.value(record, "plan_name");
            PlanRows plan = versions.computeIfAbsent(from, key -> new LinkedHashMap<>())
                    .computeIfAbsent(code, key -> new PlanRows(code, name, scope, minimum));
            if (plan.scope != scope || plan.minimum.compareTo(minimum) != 0) {
                throw refused(source, record, "plan " + code + " has another scope or minimum on an earlier row of "
                        + "the version effective from " + from);
            }
            if (!header.value(record, "band_from").isEmpty() || !header.value(record, "rate").isEmpty()) {
                plan.bands.put(parseNumber(source, record, header, "band_from"), parseNumber(source, record, header, "rate"));
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

    private static final class PlanRows {
        private final PlanCode code;
        private final String name;
        private final Scope scope;
        private final BigDecimal minimum;
        private final TreeMap<BigDecimal, BigDecimal> bands = new TreeMap<>();

        PlanRows(PlanCode code, String name, Scope scope, BigDecimal minimum) {
            this.code = code;
            this.name = name;
            this.scope = scope;
            this.minimum = minimum;
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
