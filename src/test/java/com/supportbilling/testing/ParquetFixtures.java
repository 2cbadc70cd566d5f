package com.supportbilling.testing;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import io.airlift.compress.snappy.SnappyCompressor;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes a CSV usage fixture as Parquet with parquet-java's own writer, typed as AWS types its exports: costs
 * as doubles, timestamps as UTC timestamps in milliseconds, the product and tag columns as maps of strings,
 * everything else as strings; an empty field is null. Snappy-compressed, as AWS delivers them, in row groups
 * of {@code rowsPerGroup} rows.
 */
public final class ParquetFixtures {

    private static final Pattern MAP_ENTRY = Pattern.compile("\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"");

    private ParquetFixtures() {
    }

    /** Writes {@code csv} as {@code parquet}, its column names as they are. */
    public static Path write(Path csv, Path parquet) {
        return write(csv, parquet, UnaryOperator.identity(), 1000);
    }

    /**
     * Writes {@code csv} as {@code parquet}, each column named {@code rename} of its CSV name, in row groups of
     * {@code rowsPerGroup} rows.
     */
    public static Path write(Path csv, Path parquet, UnaryOperator<String> rename, int rowsPerGroup) {
        try (Reader text = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CsvRecordReader records = new CsvRecordReader(text)) {
            List<String> header = records.next().fields().stream().map(rename).toList();
            Types.MessageTypeBuilder builder = Types.buildMessage();
            for (String name : header) {
                builder.addField(type(name));
            }
            MessageType schema = builder.named("usage");
            Files.deleteIfExists(parquet);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(parquet)).withType(schema)
                    .withConf(new PlainParquetConfiguration()).withCodecFactory(new Snappy())
                    .withCompressionCodec(CompressionCodecName.SNAPPY).withRowGroupRowCountLimit(rowsPerGroup)
                    .withPageRowCountLimit(Math.max(1, Math.min(20_000, rowsPerGroup / 2))).build()) {
                SimpleGroupFactory groups = new SimpleGroupFactory(schema);
                for (CsvRecord record = records.next(); record != null; record = records.next()) {
                    Group group = groups.newGroup();
                    for (int i = 0; i < header.size(); i++) {
                        add(group, schema.getType(i), record.fields().get(i));
                    }
                    writer.write(group);
                }
            }
            return parquet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A legacy CUR column as Parquet names it: {@code lineItem/UsageStartDate} → {@code line_item_usage_start_date}. */
    public static String snakeCase(String column) {
        return column.replace('/', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Type type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("cost") || lower.endsWith("_rate")) {
            return Types.optional(PrimitiveTypeName.DOUBLE).named(name);
        }
        if (lower.endsWith("_date") || lower.endsWith("periodstart") || lower.endsWith("periodend")) {
            return Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(name);
        }
        if (lower.equals("product") || lower.equals("resource_tags") || lower.equals("tags")) {
            return Types.optionalMap().key(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .optionalValue(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
        }
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    private static void add(Group group, Type type, String value) {
        if (value.isEmpty()) {
            return;
        }
        String name = type.getName();
        if (!type.isPrimitive()) {
            Group map = group.addGroup(name);
            Matcher entry = MAP_ENTRY.matcher(value);
            while (entry.find()) {
                map.addGroup(0).append("key", entry.group(1)).append("value", entry.group(2));
            }
            return;
        }
        switch (type.asPrimitiveType().getPrimitiveTypeName()) {
            case DOUBLE -> group.append(name, Double.parseDouble(value));
            case INT64 -> group.append(name, instant(value).toEpochMilli());
            default -> group.append(name, value);
        }
    }

    private static Instant instant(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
    }

    /** Snappy for the writer, by aircompressor as the job's reader decompresses it. */
    private static final class Snappy implements CompressionCodecFactory {

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    byte[] in = bytes.toByteArray();
                    SnappyCompressor snappy = new SnappyCompressor();
                    byte[] out = new byte[snappy.maxCompressedLength(in.length)];
                    return BytesInput.from(out, 0, snappy.compress(in, 0, in.length, out, 0, out.length));
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                    // nothing pooled
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("writing only");
        }

        @Override
        public void release() {
            // nothing pooled
        }
    }
}
