package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The framer cuts bytes into records where the CSV reader does, and counts the same lines. */
class RecordFramerTest {

    private static final String[] TOKENS = {"a", "bc", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "x,y"};

    @Test
    void knownCases() throws IOException {
        assertSameRecords("a,b\nc,d\n");
        assertSameRecords("a,\"b\nc\",d\ne\n");
        assertSameRecords("a,b\r\nc\rd\n\n  \ne");
        assertSameRecords("\"x\"y,z\nnext\n");
        assertSameRecords("ab\"c,d\ne,\"f\n");
        assertSameRecords("\"a\"\"b\",c\r\n\"unterminated");
    }

    @RepeatedTest(300)
    void randomBytesAreFramedAsTheReaderReadsThem() throws IOException {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(60);
        for (int i = 0; i < tokens; i++) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        assertSameRecords(text.toString());
    }

    /** Record by record from each boundary: the first line of every record that is not blank. */
    private static void assertSameRecords(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Long> framed = new ArrayList<>();
        int from = 0;
        long line = 1;
        while (from < bytes.length) {
            RecordFramer framer = new RecordFramer(from);
            framer.scan(bytes, bytes.length, true, true);
            String record = new String(bytes, from, framer.boundary() - from, StandardCharsets.UTF_8);
            if (!record.isBlank()) {
                framed.add(line);
            }
            line += framer.linesAtBoundary();
            from = framer.boundary();
        }
        List<Long> read = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text), false)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                read.add(record.lineNumber());
            }
        }
        assertThat(framed).as("records of %s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(read);
    }
}
