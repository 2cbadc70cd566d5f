package com.supportbilling.intake.csv;

import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** R10 MALFORMED_ROW: a record that could not be split, or whose field count differs from its header's. */
public final class RowShape {

    private RowShape() {
    }

    public static Optional<Rejection> check(String file, int width, CsvRecord record) {
        if (record.isMalformed()) {
            return Optional.of(Rejection.of(file, record, RejectReason.MALFORMED_ROW, record.malformation()));
        }
        if (record.fields().size() != width) {
            return Optional.of(Rejection.of(file, record, RejectReason.MALFORMED_ROW, "expected " + width
                    + " fields as in the header, found " + record.fields().size()));
        }
        return Optional.empty();
    }

    /**
     * Reads the rest of {@code file}: a record of the wrong shape is rejected, any other goes to
     * {@code check}, which may reject it too. Adds every rejection to {@code rejections}; returns the
     * records read.
     */
    public static long readAll(CsvFile file, List<Rejection> rejections, Function<CsvRecord, Optional<Rejection>> check) {
        int width = file.header().size();
        long rows = 0;
        for (CsvRecord record = file.next(); record != null; record = file.next()) {
            rows++;
            Optional<Rejection> rejection = check(file.name(), width, record);
            if (rejection.isEmpty()) {
                rejection = check.apply(record);
            }
            rejection.ifPresent(rejections::add);
        }
        return rows;
    }
}
