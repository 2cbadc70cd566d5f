package com.supportbilling.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as docs/file-formats.md reads it, with the line numbers and raw text rejects.csv needs. */
class CsvRecordReaderTest {

    private static List<CsvRecord> read(String text) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text))) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,1,2\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(records.get(1).lineNumber()).isEqualTo(2);
        assertThat(records.get(1).raw()).isEqualTo("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"");
        assertThat(records.get(2).lineNumber()).isEqualTo(4);
        assertThat(records.get(2).fields()).containsExactly("next", "1", "2");
    }

    @Test
    void byteOrderMarkCrlfAndTrailingEmptyLinesAreAccepted() throws IOException {
        List<CsvRecord> records = read("\uFEFFaccount_id,amount\r\n000000000001,5\r\n\r\n\r\n");
        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("account_id", "amount"), List.of("000000000001", "5"));
    }

    @Test
    void emptyFieldsAndATrailingCommaCount() throws IOException {
        assertThat(read(",,\na,,\n")).extracting(CsvRecord::fields)
                .containsExactly(List.of("", "", ""), List.of("a", "", ""));
    }

    @Test
    void aFileCutInsideAQuotedFieldEndsInAMalformedRecord() throws IOException {
        List<CsvRecord> records = read("a,b\n1,2\n3,\"unfinished\n");
        assertThat(records).hasSize(3);
        CsvRecord last = records.get(2);
        assertThat(last.isMalformed()).isTrue();
        assertThat(last.lineNumber()).isEqualTo(3);
        assertThat(last.raw()).isEqualTo("3,\"unfinished");
        assertThat(last.malformation()).contains("ends inside a quoted field");
    }

    @Test
    void textAfterAClosingQuoteIsMalformedAndTheNextLineReadsOn() throws IOException {
        List<CsvRecord> records = read("a,b\n\"x\"y,2\n3,4\n");
        assertThat(records.get(1).isMalformed()).isTrue();
        assertThat(records.get(1).raw()).isEqualTo("\"x\"y,2");
        assertThat(records.get(2).fields()).containsExactly("3", "4");
    }

    @Test
    void aLastLineWithoutLineEndIsARecord() throws IOException {
        assertThat(read("a,b\n1,2")).extracting(CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }
}
