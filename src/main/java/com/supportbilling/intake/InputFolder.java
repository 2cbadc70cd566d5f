package com.supportbilling.intake;

import com.supportbilling.intake.reference.AccountsFile;
import com.supportbilling.intake.reference.CatalogFile;
import com.supportbilling.intake.reference.SubscriptionsFile;
import com.supportbilling.intake.reference.TaxRatesFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A month's input folder: accounts.csv and subscriptions.csv (required), usage*.csv and
 * usage*.csv.gz (read in name order), and optionally tax-rates.csv and catalog.csv. File names
 * match case-insensitively. A catalog given on the command line wins over the folder's.
 */
public final class InputFolder {

    private final Path dir;
    private final Path catalogOverride;

    public InputFolder(Path dir, Path catalogOverride) {
        this.dir = dir;
        this.catalogOverride = catalogOverride;
    }

    public Path dir() {
        return dir;
    }

    /** Refuses the run, in one sentence, when the folder lacks what every run needs. */
    public void check() {
        if (!Files.isDirectory(dir)) {
            throw new InputRefusedException("The input folder " + dir + " does not exist or is not a folder.");
        }
        accounts();
        subscriptions();
        if (usageFiles().isEmpty()) {
            throw new InputRefusedException("The input folder " + dir + " has no usage*.csv file: add the month's "
                    + "usage files (an empty usage file bills the minimums only).");
        }
        if (catalogOverride != null && !Files.isReadable(catalogOverride)) {
            throw new InputRefusedException("The catalog file " + catalogOverride + " does not exist or cannot be read.");
        }
    }

    public Path accounts() {
        return required(AccountsFile.NAME);
    }

    public Path subscriptions() {
        return required(SubscriptionsFile.NAME);
    }

    public Optional<Path> taxRates() {
        return find(TaxRatesFile.NAME);
    }

    public Optional<Path> catalog() {
        return catalogOverride != null ? Optional.of(catalogOverride) : find(CatalogFile.NAME);
    }

    /** The usage files in name order: duplicates keep their first occurrence in this order (R10). */
    public List<Path> usageFiles() {
        return entries().filter(path -> {
            String name = lower(path);
            return name.startsWith("usage") && (name.endsWith(".csv") || name.endsWith(".csv.gz"));
        }).sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
    }

    /**
     * Identifies this input as it is now: every file's name, size and modification time. A run killed
     * or failed on the same input resumes; on changed input it starts over (R11, D15).
     */
    public String fingerprint() {
        return snapshot().fingerprint();
    }

    /** Every file a run of this input reads, with its size and modification time now. */
    public InputSnapshot snapshot() {
        List<Path> files = new ArrayList<>(List.of(accounts(), subscriptions()));
        taxRates().ifPresent(files::add);
        catalog().ifPresent(files::add);
        files.addAll(usageFiles());
        List<InputSnapshot.FileState> states = new ArrayList<>();
        try {
            for (Path file : files) {
                states.add(new InputSnapshot.FileState(file.toAbsolutePath().toString(), Files.size(file),
                        Files.getLastModifiedTime(file).toMillis()));
            }
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read the input folder " + dir + ": " + e.getMessage() + ".", e);
        }
        return new InputSnapshot(states);
    }

    private Path required(String name) {
        return find(name).orElseThrow(() -> new InputRefusedException("The input folder " + dir + " has no " + name
                + ": every run needs accounts.csv and subscriptions.csv."));
    }

    private Optional<Path> find(String name) {
        return entries().filter(path -> lower(path).equals(name)).findFirst();
    }

    private Stream<Path> entries() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
