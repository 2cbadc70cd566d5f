package com.supportbilling.intake.parquet;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageRows;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.DummyRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * A Parquet usage file (CUR 2.0 and legacy CUR in Parquet, FOCUS, or the native columns), read with AWS's
 * types (D70): its schema's top-level columns are its header and decide its layout; only the columns the
 * layout reads are read, row group by row group, each row as text as a CSV of the same report shows it. A
 * row is named by its row number in the file, from 1 (D76); its raw text in rejects.csv is the columns read,
 * as a CSV line in schema order. A file Parquet cannot read, or that is damaged, refuses the run naming it.
 */
public final class ParquetUsageFile implements UsageRows {

    private final UsageFile file;
    private final ParquetFileReader reader;
    private final MessageType projection;
    private final GroupConverter converter;
    private final List<ColumnDescriptor> columnsRead;
    private final ParquetValues.Value[] values;
    private final UsageLayout.Columns columns;
    private final long rows;
    private final long size;
    private ColumnReader[] readers;
    private long rowsLeftInGroup;
    private long row;

    private ParquetUsageFile(UsageFile file, ParquetFileReader reader) throws IOException {
        this.file = file;
        this.reader = reader;
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        List<String> names = schema.getFields().stream().map(Type::getName).toList();
        UsageLayout.Columns layout = UsageLayout.detect(file.name(), new CsvHeader(names), "schema");
        List<Type> read = new ArrayList<>();
        for (int position : layout.used()) {
            Type column = schema.getType(position);
            if (!column.isPrimitive() || column.isRepetition(Type.Repetition.REPEATED)) {
                throw new InputRefusedException(file.name() + " has its column " + column.getName() + " as a "
                        + (column.isPrimitive() ? "list" : "group, map or list") + " of values; this job reads it only "
                        + "as one value per row.");
            }
            read.add(column);
        }
        this.projection = new MessageType(schema.getName(), read);
        reader.setRequestedSchema(projection);
        this.converter = new DummyRecordConverter(projection).getRootConverter();
        this.columnsRead = projection.getColumns();
        this.values = columnsRead.stream().map(column -> ParquetValues.of(column.getPrimitiveType()))
                .toArray(ParquetValues.Value[]::new);
        this.columns = UsageLayout.detect(file.name(), new CsvHeader(read.stream().map(Type::getName).toList()), "schema");
        this.rows = reader.getRecordCount();
        this.size = Files.size(file.path());
    }

    /** Opens the file, or refuses the run naming it: not Parquet, damaged, or without a column its layout needs. */
    public static UsageRows open(UsageFile file) {
        ParquetFileReader reader;
        try {
            reader = ParquetFileReader.open(new LocalInputFile(file.path()), ParquetReadOptions
                    .builder(new PlainParquetConfiguration()).withCodecFactory(new PageCodecs()).build());
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
        try {
            return new ParquetUsageFile(file, reader);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw e instanceof InputRefusedException refused ? refused : damaged(file, e);
        }
    }

    @Override
    public UsageLayout.Columns columns() {
        return columns;
    }

    @Override
    public CsvRecord next() {
        try {
            while (rowsLeftInGroup == 0) {
                PageReadStore group = reader.readNextRowGroup();
                if (group == null) {
                    return null;
                }
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(group, converter, projection,
                        reader.getFooter().getFileMetaData().getCreatedBy());
                readers = columnsRead.stream().map(store::getColumnReader).toArray(ColumnReader[]::new);
                rowsLeftInGroup = group.getRowCount();
            }
            String[] fields = new String[readers.length];
            for (int i = 0; i < readers.length; i++) {
                ColumnReader column = readers[i];
                fields[i] = column.getCurrentDefinitionLevel() < columnsRead.get(i).getMaxDefinitionLevel() ? ""
                        : values[i].read(column);
                column.consume();
            }
            rowsLeftInGroup--;
            row++;
            return new CsvRecord(row, csvLine(fields), Arrays.asList(fields), null);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    @Override
    public long bytesRead() {
        return rows == 0 ? size : size * row / rows;
    }

    @Override
    public void close() {
        closeQuietly(reader);
    }

    /** The fields as one CSV line, quoted where RFC 4180 needs it: a Parquet row's raw text in rejects.csv. */
    private static String csvLine(String[] fields) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields[i];
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        return line.toString();
    }

    private static InputRefusedException damaged(UsageFile file, Exception e) {
        Throwable codec = e;
        while (codec != null && !(codec instanceof PageCodecs.UnsupportedCodecException)) {
            codec = codec.getCause();
        }
        String reason = codec != null ? codec.getMessage()
                : "it is not a Parquet file, or it is damaged or cut short (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        return new InputRefusedException("Cannot read " + file.name() + ": " + reason
                + ". Nothing was billed; replace the file with a whole copy and run again.", e);
    }

    private static void closeQuietly(ParquetFileReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the file is read or refused already; closing it changes nothing
        }
    }
}
