package com.supportbilling.intake.parquet;

import io.airlift.compress.Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Decompresses Parquet pages in pure Java: snappy (what AWS writes) and zstd by aircompressor, gzip by the
 * JDK, uncompressed as is. parquet-java's own codecs go through Hadoop's codec classes and native libraries
 * (D70); these need neither. Reading only: the job writes no Parquet.
 */
final class PageCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Pages(codec, (in, size) -> in);
            case SNAPPY -> blocks(codec, SnappyDecompressor::new);
            case ZSTD -> blocks(codec, ZstdDecompressor::new);
            case GZIP -> new Pages(codec, (in, size) -> {
                try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(in.toByteArray()))) {
                    return BytesInput.from(gzip.readNBytes(size));
                }
            });
            default -> throw new UnsupportedCodecException(codec);
        };
    }

    private static Pages blocks(CompressionCodecName codec, Supplier<Decompressor> decompressors) {
        return new Pages(codec, (in, size) -> {
            byte[] compressed = in.toByteArray();
            byte[] page = new byte[size];
            int length = decompressors.get().decompress(compressed, 0, compressed.length, page, 0, size);
            if (length != size) {
                throw new IOException("a " + codec + " page holds " + length + " bytes, not the " + size + " its header says");
            }
            return BytesInput.from(page);
        });
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("the job reads Parquet, it writes none");
    }

    @Override
    public void release() {
        // nothing pooled
    }

    /** A codec the job does not read: the file is refused naming it. */
    static final class UnsupportedCodecException extends RuntimeException {
        UnsupportedCodecException(CompressionCodecName codec) {
            super("its pages are compressed with " + codec + ", which this job does not read (snappy, zstd, gzip "
                    + "or none: export it with snappy, as AWS does)");
        }
    }

    @FunctionalInterface
    private interface Inflate {
        BytesInput apply(BytesInput in, int uncompressedSize) throws IOException;
    }

    private record Pages(CompressionCodecName codec, Inflate inflate) implements BytesInputDecompressor {

        @Override
        public BytesInput decompress(BytesInput in, int uncompressedSize) throws IOException {
            return inflate.apply(in, uncompressedSize);
        }

        @Override
        public void decompress(ByteBuffer in, int compressedSize, ByteBuffer out, int uncompressedSize) throws IOException {
            byte[] compressed = new byte[compressedSize];
            in.get(compressed);
            out.put(inflate.apply(BytesInput.from(compressed), uncompressedSize).toByteArray());
        }

        @Override
        public void release() {
            // nothing pooled
        }
    }
}
