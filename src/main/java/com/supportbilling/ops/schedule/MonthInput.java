package com.supportbilling.ops.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a tick finds its month's input (D34): {@code <input>/<YYYY-MM>/} when that folder exists,
 * else {@code <input>} itself when it is an input folder (it holds accounts.csv: an export that is
 * replaced every month), else {@code <input>/<YYYY-MM>/} all the same, which the run refuses in a
 * sentence that names it.
 */
final class MonthInput {

    private MonthInput() {
    }

    static Path of(Path input, YearMonth month) {
        Path monthFolder = input.resolve(month.toString());
        if (Files.isDirectory(monthFolder) || !holdsAccounts(input)) {
            return monthFolder;
        }
        return input;
    }

    private static boolean holdsAccounts(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(entry -> Files.isRegularFile(entry)
                    && entry.getFileName().toString().toLowerCase(Locale.ROOT).equals("accounts.csv"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
