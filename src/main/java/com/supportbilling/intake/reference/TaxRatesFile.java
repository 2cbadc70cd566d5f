package com.supportbilling.intake.reference;

import com.supportbilling.core.invoice.TaxTable;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.RowShape;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** tax-rates.csv: {@code country,rate}, the rate a fraction (0.10 is 10 %) (R8). */
public final class TaxRatesFile {

    public static final String NAME = "tax-rates.csv";
    static final List<String> REQUIRED = List.of("country", "rate");

    private TaxRatesFile() {
    }

    public static final String DEFAULT_RESOURCE = "/defaults/tax-rates.csv";

    public static Result read(Path path) {
        return read(CsvFile.openWithColumns(path, REQUIRED));
    }

    /** The default table that ships inside the application, for an input folder without tax-rates.csv. */
    public static TaxTable defaultTable() {
        return read(CsvFile.requireColumns(CsvFile.openResource(DEFAULT_RESOURCE), DEFAULT_RESOURCE, REQUIRED)).table();
    }

    private static Result read(CsvFile opened) {
        try (CsvFile file = opened) {
            CsvHeader header = file.header();
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            Map<String, Long> firstLine = new HashMap<>();
            List<Rejection> rejections = new ArrayList<>();
            long rows = RowShape.readAll(file, rejections, record -> parse(file.name(), header, record, rates, firstLine));
            return new Result(new TaxTable(rates), rejections, rows);
        }
    }

    private static Optional<Rejection> parse(String file, CsvHeader header, CsvRecord record,
            Map<String, BigDecimal> rates, Map<String, Long> firstLine) {
        String country = header.value(record, "country");
        if (country.isEmpty()) {
            return Optional.of(Rejection.of(file, record, RejectReason.MALFORMED_ROW, "country is empty"));
        }
        String code = TaxTable.normalize(country);
        String text = header.value(record, "rate");
        BigDecimal rate;
        try {
            rate = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return Optional.of(Rejection.of(file, record, RejectReason.INVALID_AMOUNT,
                    "rate '" + text + "' is not a number"));
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            return Optional.of(Rejection.of(file, record, RejectReason.INVALID_AMOUNT,
                    "rate " + text + " is not a fraction from 0 to below 1 (write 0.19 for 19 %)"));
        }
        if (rates.containsKey(code)) {
            return Optional.of(Rejection.of(file, record, RejectReason.MALFORMED_ROW,
                    "country " + code + " is listed twice; line " + firstLine.get(code) + " counts"));
        }
        rates.put(code, rate);
        firstLine.put(code, record.lineNumber());
        return Optional.empty();
    }

    /** The table, the rejected rows and the number of rows read. */
    public record Result(TaxTable table, List<Rejection> rejections, long rowsRead) {
    }
}
