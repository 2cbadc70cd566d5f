package com.supportbilling.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.intake.InputRefusedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files as AWS delivers them: gzip-compressed CSV (usage*.csv.gz). */
class CsvFileTest {

    private static final String CONTENT = "\uFEFFidentity/LineItemId,lineItem/UnblendedCost\r\n"
            + "a1,29.0000000000\r\n"
            + "a2,\"1,5\"\r\n"
            + "\r\n"
            + "a3,1.5E-8\r\n";

    @TempDir
    Path dir;

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** "line: fields" of every record. */
    private static List<String> records(CsvFile file) {
        List<String> records = new ArrayList<>();
        for (CsvRecord record = file.next(); record != null; record = file.next()) {
            records.add(record.lineNumber() + ": " + String.join("|", record.fields()));
        }
        return records;
    }

    @Test
    void aGzipFileReadsLikeItsPlainText() throws IOException {
        Path plain = Files.writeString(dir.resolve("usage-a.csv"), CONTENT);
        Path gz = Files.write(dir.resolve("usage-a.csv.gz"), gzip(CONTENT));
        try (CsvFile a = CsvFile.open(plain); CsvFile b = CsvFile.open(gz)) {
            assertThat(b.header().names()).isEqualTo(a.header().names())
                    .containsExactly("identity/lineitemid", "lineitem/unblendedcost");
            List<String> expected = List.of("2: a1|29.0000000000", "3: a2|1,5", "5: a3|1.5E-8");
            assertThat(records(a)).isEqualTo(expected);
            assertThat(records(b)).isEqualTo(expected);
            assertThat(b.name()).isEqualTo("usage-a.csv.gz");
        }
    }

    @Test
    void theGzipSuffixMatchesInAnyCase() throws IOException {
        Path gz = Files.write(dir.resolve("USAGE-B.CSV.GZ"), gzip(CONTENT));
        try (CsvFile file = CsvFile.open(gz)) {
            assertThat(records(file)).hasSize(3);
        }
    }

    @Test
    void progressCountsTheCompressedBytesReadFromDisk() throws IOException {
        byte[] compressed = gzip(CONTENT.repeat(1).concat("a4,1\r\n".repeat(20_000)));
        Path gz = Files.write(dir.resolve("usage-c.csv.gz"), compressed);
        try (CsvFile file = CsvFile.open(gz)) {
            assertThat(records(file)).hasSize(20_003);
            assertThat(file.bytesRead()).isEqualTo(compressed.length);
        }
    }

    @Test
    void aFileOfSeveralGzipMembersIsReadToItsEnd() throws IOException {
        // concatenated gzip members are one valid gzip file (RFC 1952), as `cat a.gz b.gz` makes
        byte[] first = gzip("identity/LineItemId,lineItem/UnblendedCost\na1,1\n");
        byte[] second = gzip("a2,2\na3,3\n");
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        try (CsvFile file = CsvFile.open(Files.write(dir.resolve("usage-d.csv.gz"), both))) {
            assertThat(records(file)).containsExactly("2: a1|1", "3: a2|2", "4: a3|3");
        }
    }

    @Test
    void anEmptyGzipFileHasNoRows() throws IOException {
        try (CsvFile file = CsvFile.open(Files.write(dir.resolve("usage-e.csv.gz"), gzip("")))) {
            assertThat(file.isEmpty()).isTrue();
            assertThat(file.next()).isNull();
        }
    }

    @Test
    void aGzipFileCutShortIsRefusedNamingIt() throws IOException {
        byte[] compressed = gzip("identity/LineItemId,lineItem/UnblendedCost\n" + "a1,1\n".repeat(50_000));
        Path cut = Files.write(dir.resolve("usage-f.csv.gz"), Arrays.copyOf(compressed, compressed.length / 2));
        assertThatThrownBy(() -> {
            try (CsvFile file = CsvFile.open(cut)) {
                records(file);
            }
        }).isInstanceOf(InputRefusedException.class)
                .hasMessageStartingWith("Cannot read usage-f.csv.gz: ")
                .hasMessageContaining("Unexpected end of ZLIB input stream")
                .hasMessageNotContaining("null");
    }

    @Test
    void aZeroByteGzipFileIsRefusedInASentence() throws IOException {
        // a download that failed: not even a gzip header
        Path empty = Files.write(dir.resolve("usage-g.csv.gz"), new byte[0]);
        assertThatThrownBy(() -> CsvFile.open(empty)).isInstanceOf(InputRefusedException.class)
                .hasMessageStartingWith("Cannot read " + empty + ": ")
                .hasMessageNotContaining("null")
                .hasMessageEndingWith(". Check that the file exists and is readable.");
    }

    @Test
    void aPlainFileNamedGzIsRefused() throws IOException {
        Path notGzip = Files.writeString(dir.resolve("usage-h.csv.gz"), CONTENT);
        assertThatThrownBy(() -> CsvFile.open(notGzip)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("usage-h.csv.gz").hasMessageContaining("Not in GZIP format");
    }
}
