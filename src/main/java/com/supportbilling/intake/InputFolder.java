package com.supportbilling.intake;

import com.supportbilling.intake.export.ExportFolders;
import com.supportbilling.intake.export.ExportVersion;
import com.supportbilling.intake.reference.AccountsFile;
import com.supportbilling.intake.reference.CatalogFile;
import com.supportbilling.intake.reference.SubscriptionsFile;
import com.supportbilling.intake.reference.TaxRatesFile;
import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A month's input folder: accounts.csv and subscriptions.csv (required); the usage: usage*.csv, .csv.gz,
 * .csv.zip and .parquet files (read in name order), and the month's version of an AWS export synced into the
 * folder (D72); optionally tax-rates.csv and catalog.csv. File names match case-insensitively. A catalog
 * given on the command line wins over the folder's.
 */
public final class InputFolder {

    private final Path dir;
    private final Path catalogOverride;
    private final YearMonth month;
    private Optional<ExportVersion> export;

    public InputFolder(Path dir, Path catalogOverride, YearMonth month) {
        this.dir = dir;
        this.catalogOverride = catalogOverride;
        this.month = month;
    }

    /** Refuses the run, in one sentence, when the folder lacks what every run needs. */
    public void check() {
        if (!Files.isDirectory(dir)) {
            throw new InputRefusedException("The input folder " + dir + " does not exist or is not a folder.");
        }
        accounts();
        subscriptions();
        if (looseUsageFiles().isEmpty() && export().isEmpty()) {
            throw new InputRefusedException("The input folder " + dir + " has no usage*.csv file (nor .csv.gz, "
                    + ".csv.zip or .parquet) and no AWS export of " + month + ": add the month's usage files (an empty "
                    + "usage file bills the minimums only).");
        }
        if (catalogOverride != null && !Files.isReadable(catalogOverride)) {
            throw new InputRefusedException("The catalog file " + catalogOverride + " does not exist or cannot be read.");
        }
    }

    /** The month the folder's usage is billed for. */
    public YearMonth month() {
        return month;
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

    /**
     * The usage files, in the order duplicates keep their first occurrence (R10): the folder's own in name
     * order, then the export version's in the manifest's order (D72).
     */
    public List<UsageFile> usageFiles() {
        List<UsageFile> files = new ArrayList<>(looseUsageFiles());
        export().ifPresent(version -> files.addAll(version.files()));
        return files;
    }

    /** The version of an AWS export the month is read from, when the folder holds one (D72). */
    public Optional<ExportVersion> export() {
        if (export == null) {
            export = ExportFolders.find(dir, month);
        }
        return export;
    }

    /**
     * One sentence naming the files that look like usage but are not read — usage… with another ending,
     * such as .tmp or .bak (D73) — or empty when there are none.
     */
    public Optional<String> unreadUsageLookalikes() {
        List<String> names = entries().map(path -> path.getFileName().toString())
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("usage") && !UsageFile.isReadable(name))
                .sorted().toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names) + (names.size() == 1
                ? " looks like a usage file but was not read" : " look like usage files but were not read")
                + ": only usage*.csv, .csv.gz, .csv.zip and .parquet files are; rename a file to have it billed");
    }

    private List<UsageFile> looseUsageFiles() {
        return entries().filter(path -> lower(path).startsWith("usage") && UsageFile.isReadable(lower(path)))
                .sorted(Comparator.comparing(path -> path.getFileName().toString())).map(UsageFile::of).toList();
    }

    /**
     * Identifies this input as it is now: every file's name, size and modification time, an export's
     * manifest too. A run killed or failed on the same input resumes; on changed input it starts over (R11, D15).
     */
    public String fingerprint() {
        return snapshot().fingerprint();
    }

    /** Every file a run of this input reads, with its size and modification time now. */
    public InputSnapshot snapshot() {
        List<Path> files = new ArrayList<>(List.of(accounts(), subscriptions()));
        taxRates().ifPresent(files::add);
        catalog().ifPresent(files::add);
        usageFiles().forEach(file -> files.add(file.path()));
        export().ifPresent(version -> files.add(version.manifest()));
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
