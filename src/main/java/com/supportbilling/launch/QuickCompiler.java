package com.supportbilling.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether the prepared JVM compiles with C1, HotSpot's quick compiler, alone (D142). C2, the optimizing one,
 * pays its processor time back only in code that runs long: the usage intake of a large month. A command that
 * ends soon spends more on C2's compiling than C2's code saves, and on two cores that time is the billing's.
 * So the prepared JVM runs with {@value #OPTION}, except for the commands that live on and bill month after
 * month ({@code watch}, {@code schedule}, {@code worker}) and a run whose input folder holds
 * {@value #LARGE_INPUT_BYTES} bytes or more, a compressed file counted {@value #COMPRESSION} times its size. A
 * manager ({@code run --broker}) runs on C1 alone whatever its month: the workers read the lines, and what it
 * does itself, the plan, the combining and all after, was quicker on C1 (D145).
 */
final class QuickCompiler {

    static final String OPTION = "-XX:TieredStopAtLevel=1";
    /** About 15 million lines of the native layout; measured in D142. */
    static final long LARGE_INPUT_BYTES = 1_000_000_000L;
    /** A compressed file holds about this many times its bytes of text. */
    static final int COMPRESSION = 10;

    private static final Set<String> STAYING_UP = Set.of("watch", "schedule", "worker");
    /** As deep as an AWS export synced from S3 lies in an input folder (intake.export.ExportFolders). */
    private static final int DEPTH = 10;

    private QuickCompiler() {
    }

    /** Whether the command {@code args} is better compiled by C1 alone. */
    static boolean suits(List<String> args) {
        String command = args.stream().filter(argument -> !argument.startsWith("-")).findFirst().orElse("");
        if (STAYING_UP.contains(command)) {
            return false;
        }
        if (!command.equals("run")) {
            return true;
        }
        if (args.stream().anyMatch(argument -> argument.equals("--broker") || argument.startsWith("--broker="))) {
            return true;
        }
        String input = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--input") && i + 1 < args.size()) {
                input = args.get(i + 1);
            } else if (args.get(i).startsWith("--input=")) {
                input = args.get(i).substring("--input=".length());
            }
        }
        return input == null || inputBytes(Path.of(input)) < LARGE_INPUT_BYTES;
    }

    /**
     * The bytes of text in {@code folder}, counted until {@link #LARGE_INPUT_BYTES}; a folder that cannot be
     * read counts as large, so that its run compiles as it did before D142.
     */
    static long inputBytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0; // the run refuses it at once
        }
        try (Stream<Path> files = Files.walk(folder, DEPTH)) {
            long bytes = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                bytes += Files.size(file) * (compressed(file) ? COMPRESSION : 1);
                if (bytes >= LARGE_INPUT_BYTES) {
                    break;
                }
            }
            return bytes;
        } catch (IOException | UncheckedIOException e) {
            return LARGE_INPUT_BYTES;
        }
    }

    private static boolean compressed(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") || name.endsWith(".zip") || name.endsWith(".parquet");
    }
}
