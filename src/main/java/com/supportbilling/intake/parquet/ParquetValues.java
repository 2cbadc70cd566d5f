package com.supportbilling.intake.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A Parquet column's values as the text a CSV of the same report holds (D70): a double cost as its shortest
 * decimal ({@link BigDecimal#valueOf(double)}), a timestamp as ISO 8601 in UTC, a date as YYYY-MM-DD, a
 * decimal exactly, strings as they are; null as an empty field.
 */
final class ParquetValues {

    /** Julian day of 1970-01-01, for the INT96 timestamps of older writers (Hive, Impala, early Athena). */
    private static final long EPOCH_JULIAN_DAY = 2_440_588;

    private ParquetValues() {
    }

    /** Reads the current value of a column as text. */
    @FunctionalInterface
    interface Value {
        String read(ColumnReader reader);
    }

    /** How a column of this type reads as text. */
    static Value of(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            int scale = decimal.getScale();
            return switch (type.getPrimitiveTypeName()) {
                case INT32 -> reader -> BigDecimal.valueOf(reader.getInteger(), scale).toString();
                case INT64 -> reader -> BigDecimal.valueOf(reader.getLong(), scale).toString();
                default -> reader -> new BigDecimal(new BigInteger(reader.getBinary().getBytes()), scale).toString();
            };
        }
        return switch (type.getPrimitiveTypeName()) {
            case DOUBLE -> reader -> BigDecimal.valueOf(reader.getDouble()).toString();
            case FLOAT -> reader -> new BigDecimal(Float.toString(reader.getFloat())).toString();
            case BOOLEAN -> reader -> Boolean.toString(reader.getBoolean());
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? reader -> LocalDate.ofEpochDay(reader.getInteger()).toString()
                    : reader -> Integer.toString(reader.getInteger());
            case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp
                    ? timestamp(timestamp) : reader -> Long.toString(reader.getLong());
            case INT96 -> reader -> int96(reader.getBinary()).toString();
            case BINARY, FIXED_LEN_BYTE_ARRAY -> reader -> reader.getBinary().toStringUsingUTF8();
        };
    }

    private static Value timestamp(LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
        ChronoUnit unit = switch (timestamp.getUnit()) {
            case MILLIS -> ChronoUnit.MILLIS;
            case MICROS -> ChronoUnit.MICROS;
            case NANOS -> ChronoUnit.NANOS;
        };
        // a timestamp not adjusted to UTC is a local time: written without an offset, read as UTC like a CSV's
        return timestamp.isAdjustedToUTC() ? reader -> Instant.EPOCH.plus(reader.getLong(), unit).toString()
                : reader -> LocalDateTime.ofInstant(Instant.EPOCH.plus(reader.getLong(), unit), ZoneOffset.UTC).toString();
    }

    /** An INT96 timestamp: nanoseconds of the day, then the Julian day, little-endian. */
    private static Instant int96(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanos = bytes.getLong();
        long julianDay = Integer.toUnsignedLong(bytes.getInt());
        return Instant.EPOCH.plus(julianDay - EPOCH_JULIAN_DAY, ChronoUnit.DAYS).plusNanos(nanos);
    }
}
