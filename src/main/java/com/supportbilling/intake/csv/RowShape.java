package com.supportbilling.intake.csv;

import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import java.util.Optional;

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
}
