package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A drawing thread's buffer gives back what was written since it was last cleared, in order, however much. */
class BytesTest {

    @Test
    void whatWasWrittenSinceTheLastClearIsWhatItWrites() throws IOException {
        Bytes bytes = new Bytes();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 50_000; i++) {
            byte[] run = ("object " + i + " ").getBytes();
            if (i % 2 == 0) {
                bytes.write(run, 0, run.length);
            } else {
                for (byte b : run) {
                    bytes.write(b);
                }
            }
            expected.write(run);
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        bytes.writeTo(written);
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());

        bytes.clear();
        bytes.write("%PDF-1.4".getBytes(), 0, 8);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        bytes.writeTo(again);
        assertThat(again.toString()).isEqualTo("%PDF-1.4");
    }
}
