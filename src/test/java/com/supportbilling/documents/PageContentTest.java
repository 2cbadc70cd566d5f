package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page's content reaches its PDF stream whole and unfiltered, however it was written. */
class PageContentTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8191, 8192, 8193, 100_000})
    void whatIsWrittenIsTheStreamsDataByteForByte(int length) throws IOException {
        COSStream stream = new COSStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (PageContent content = new PageContent(stream)) {
            for (int i = 0; i < length; ) {
                if (i % 3 == 0) {
                    content.write(i % 251);
                    expected.write(i % 251);
                    i++;
                } else {
                    byte[] run = new byte[Math.min(length - i, 1 + i % 5000)];
                    Arrays.fill(run, (byte) (i % 127));
                    content.write(run, 0, run.length);
                    expected.write(run, 0, run.length);
                    i += run.length;
                }
            }
        }

        try (InputStream data = stream.createInputStream()) {
            assertThat(data.readAllBytes()).isEqualTo(expected.toByteArray());
        }
        assertThat(stream.getInt(COSName.LENGTH)).isEqualTo(length);
        assertThat(stream.getFilters()).isNull();
    }

    @Test
    void aPartOfAnArrayIsWrittenAsAsked() throws IOException {
        COSStream stream = new COSStream();
        try (PageContent content = new PageContent(stream)) {
            content.write("xxBT (Invoice) Tj ETyy".getBytes(), 2, 18);
        }

        try (InputStream data = stream.createInputStream()) {
            assertThat(new String(data.readAllBytes())).isEqualTo("BT (Invoice) Tj ET");
        }
    }
}
