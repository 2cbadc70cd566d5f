package com.supportbilling.partition;

import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of a month's usage (D91): bytes {@code [start, end)} of the usage file {@code fileIndex}
 * (its place among the month's usage files, in the order the local intake reads them), whose first record
 * starts on physical line {@code firstLine}; a compressed or Parquet file is one partition, read whole
 * ({@code end} is then its size on disk, {@code firstLine} 1). The manager writes it into the partition's
 * step execution context, where the worker reads it.
 *
 * @param name the partition's name among the month's, e.g. {@code p0003}: its step execution is
 *        {@code usageIntakePartition:p0003}, its results folder {@code p0003/}
 * @param file the file's name in rejects.csv and summary.json
 * @param path where the file lies, the same on every machine (the shared folder)
 */
public record UsagePartition(String name, int index, int count, int fileIndex, String file, Path path, long start,
        long end, long firstLine, boolean wholeFile) {

    private static final String PREFIX = "partition.";

    public long bytes() {
        return end - start;
    }

    public ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putString(PREFIX + "name", name);
        context.putInt(PREFIX + "index", index);
        context.putInt(PREFIX + "count", count);
        context.putInt(PREFIX + "file-index", fileIndex);
        context.putString(PREFIX + "file", file);
        context.putString(PREFIX + "path", path.toString());
        context.putLong(PREFIX + "start", start);
        context.putLong(PREFIX + "end", end);
        context.putLong(PREFIX + "first-line", firstLine);
        context.putString(PREFIX + "whole-file", Boolean.toString(wholeFile));
        return context;
    }

    public static UsagePartition from(ExecutionContext context) {
        return new UsagePartition(context.getString(PREFIX + "name"), context.getInt(PREFIX + "index"),
                context.getInt(PREFIX + "count"), context.getInt(PREFIX + "file-index"), context.getString(PREFIX + "file"),
                Path.of(context.getString(PREFIX + "path")), context.getLong(PREFIX + "start"),
                context.getLong(PREFIX + "end"), context.getLong(PREFIX + "first-line"),
                Boolean.parseBoolean(context.getString(PREFIX + "whole-file")));
    }

    /** The partition in words, for the log and for sentences. */
    public String describe() {
        return "usage partition " + (index + 1) + " of " + count + " (" + file
                + (wholeFile ? ", the whole file" : ", bytes " + start + "–" + end + " from line " + firstLine) + ")";
    }
}
