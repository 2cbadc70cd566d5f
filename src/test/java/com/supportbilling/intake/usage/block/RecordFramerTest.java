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

    private static final String[] TOKENS = {"a", "bc", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "x,y",
            "m-0001,100000000001,2026-03-03,", "AmazonEC2,USAGE,4200.00,USD\n", "\n\n"};

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
        assertSameRecords(randomText(random, 60));
    }

    /**
     * Framing a whole block at once, as the intake's reader and the partition plan do, ends at the last
     * boundary and line that framing record by record finds, however the bytes arrive.
     */
    @RepeatedTest(300)
    void aWholeBlockEndsWhereRecordByRecordFramingEnds() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        String text = randomText(random, 80);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int to = random.nextInt(bytes.length + 1);
        boolean end = to == bytes.length && random.nextBoolean();
        long[] expected = recordByRecord(bytes, to, end);
        RecordFramer whole = new RecordFramer(0);
        whole.scan(bytes, to, end, false);
        RecordFramer inTwo = new RecordFramer(0);
        inTwo.scan(bytes, random.nextInt(to + 1), false, false);
        inTwo.scan(bytes, to, end, false);
        String shown = "seed " + seed + ", to " + to + ", end " + end + ": " + text.replace("\r", "\\r")
                .replace("\n", "\\n");
        assertThat(new long[] {whole.boundary(), whole.linesAtBoundary()}).as(shown).containsExactly(expected);
        assertThat(new long[] {inTwo.boundary(), inTwo.linesAtBoundary()}).as(shown).containsExactly(expected);
    }

    /** Up to {@code maxTokens} of the tokens, drawn at random. */
    private static String randomText(Random random, int maxTokens) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxTokens); i > 0; i--) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return text.toString();
    }

    /** The last boundary in {@code bytes[0, to)} and the lines before it, found one record at a time. */
    private static long[] recordByRecord(byte[] bytes, int to, boolean end) {
        int from = 0;
        long lines = 0;
        while (from < to) {
            RecordFramer framer = new RecordFramer(from);
            framer.scan(bytes, to, end, true);
            if (framer.boundary() == from) {
                break;
            }
            lines += framer.linesAtBoundary();
            from = framer.boundary();
        }
        return new long[] {from, lines};
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
