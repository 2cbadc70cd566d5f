package com.supportbilling.intake.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.Compressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

/** The page codecs the job reads Parquet with, without Hadoop's (D70). */
class PageCodecsTest {

    private static final byte[] PAGE = "a page of values, a page of values, a page of values".getBytes(StandardCharsets.UTF_8);

    @Test
    void snappyZstdGzipAndUncompressedPagesComeBackWhole() throws IOException {
        PageCodecs codecs = new PageCodecs();
        assertThat(inflate(codecs, CompressionCodecName.SNAPPY, compress(new SnappyCompressor()))).isEqualTo(PAGE);
        assertThat(inflate(codecs, CompressionCodecName.ZSTD, compress(new ZstdCompressor()))).isEqualTo(PAGE);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(PAGE);
        }
        assertThat(inflate(codecs, CompressionCodecName.GZIP, gzip.toByteArray())).isEqualTo(PAGE);
        assertThat(inflate(codecs, CompressionCodecName.UNCOMPRESSED, PAGE)).isEqualTo(PAGE);
    }

    @Test
    void aPageShorterThanItsHeaderSaysIsAnError() {
        byte[] snappy = compress(new SnappyCompressor());
        assertThatThrownBy(() -> new PageCodecs().getDecompressor(CompressionCodecName.SNAPPY)
                .decompress(BytesInput.from(snappy), PAGE.length + 5).toByteArray()).isInstanceOf(IOException.class)
                .hasMessageContaining("not the " + (PAGE.length + 5) + " its header says");
    }

    @Test
    void anotherCodecIsNamedInTheRefusal() {
        assertThatThrownBy(() -> new PageCodecs().getDecompressor(CompressionCodecName.LZO))
                .isInstanceOf(PageCodecs.UnsupportedCodecException.class)
                .hasMessage("its pages are compressed with LZO, which this job does not read (snappy, zstd, gzip or "
                        + "none: export it with snappy, as AWS does)");
    }

    private static byte[] inflate(PageCodecs codecs, CompressionCodecName codec, byte[] compressed) throws IOException {
        return codecs.getDecompressor(codec).decompress(BytesInput.from(compressed), PAGE.length).toByteArray();
    }

    private static byte[] compress(Compressor compressor) {
        byte[] out = new byte[compressor.maxCompressedLength(PAGE.length)];
        return Arrays.copyOf(out, compressor.compress(PAGE, 0, PAGE.length, out, 0, out.length));
    }
}
