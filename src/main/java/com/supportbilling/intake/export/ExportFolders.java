package com.supportbilling.intake.export;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds, in an input folder holding an AWS export as synced from S3, the version of the export that its
 * manifest names current for the month (D72), so that exactly that version is read, never two:
 * <ul>
 * <li>legacy CUR: {@code <report>/<yyyymmdd-yyyymmdd>/<report>-Manifest.json} (the copy beside each
 * {@code <assemblyId>/} folder is that version's own) names its {@code reportKeys};</li>
 * <li>legacy CUR overwritten in place (Athena): {@code year=YYYY/month=M/<report>-Manifest.json};</li>
 * <li>CUR 2.0 (Data Exports): {@code <export>/metadata/BILLING_PERIOD=YYYY-MM/<export>-Manifest.json} names its
 * {@code dataFiles} under {@code <export>/data/BILLING_PERIOD=YYYY-MM/}.</li>
 * </ul>
 * The S3 keys a manifest lists are found under the input folder from the folder they share with it on. A
 * manifest naming a file that is not there refuses the run: a month half synced would bill too little.
 */
public final class ExportFolders {

    /** Deep enough for {@code <prefix>/<report>/<period>/<assemblyId>/} under a synced bucket's own prefixes. */
    private static final int DEPTH = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private ExportFolders() {
    }

    /** The month's export version under {@code dir}, if the folder holds an export of the month. */
    public static Optional<ExportVersion> find(Path dir, YearMonth month) {
        List<Current> current = new ArrayList<>();
        for (Path manifest : manifests(dir)) {
            current(manifest, month).ifPresent(current::add);
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (current.size() > 1) {
            throw new InputRefusedException("The input folder " + dir + " holds more than one export of " + month + ": "
                    + String.join(" and ", current.stream().map(found -> name(dir, found.manifest)).toList())
                    + ". Keep the one to bill and move the others out of the folder.");
        }
        return Optional.of(current.get(0).read(dir));
    }

    private static List<Path> manifests(Path dir) {
        try (Stream<Path> paths = Files.walk(dir, DEPTH)) {
            return paths.filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("manifest.json"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputRefusedException("Cannot read the input folder " + dir + ": " + e.getMessage() + ".", e);
        }
    }

    /** The manifest as the month's current one, when it lies where its kind of export puts that one. */
    private static Optional<Current> current(Path manifest, YearMonth month) {
        Path folder = manifest.getParent();
        Path up = folder.getParent();
        String name = folder.getFileName().toString();
        String period = month.atDay(1).format(DAY) + "-" + month.plusMonths(1).atDay(1).format(DAY);
        if (name.equals(period)) {
            return Optional.of(new Current("AWS CUR (legacy) export", manifest, up, List.of(period)));
        }
        if (up != null && name.equalsIgnoreCase("BILLING_PERIOD=" + month)
                && up.getFileName().toString().equalsIgnoreCase("metadata") && up.getParent() != null) {
            return Optional.of(new Current("AWS CUR 2.0 export", manifest, up.getParent(),
                    List.of("data", "BILLING_PERIOD=" + month)));
        }
        if (up != null && up.getParent() != null && up.getFileName().toString().equals("year=" + month.getYear())
                && (name.equals("month=" + month.getMonthValue()) || name.equals(String.format("month=%02d",
                        month.getMonthValue())))) {
            return Optional.of(new Current("AWS CUR (legacy) export", manifest, up.getParent(),
                    List.of(up.getFileName().toString(), name)));
        }
        return Optional.empty();
    }

    private static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * A manifest that names the month's current version; its keys are found from {@code base} on, where they
     * continue past the folders {@code anchor}.
     */
    private record Current(String kind, Path manifest, Path base, List<String> anchor) {

        /** Made only when a folder holds an export: a month of loose files does without it. */
        private static final JsonMapper JSON = JsonMapper.builder().build();

        ExportVersion read(Path dir) {
            String manifestName = name(dir, manifest);
            JsonNode json;
            try {
                json = JSON.readTree(Files.readString(manifest));
            } catch (IOException | JacksonException e) {
                throw new InputRefusedException("Cannot read the export manifest " + manifestName + ": " + e.getMessage()
                        + ". Sync it again from S3.", e);
            }
            JsonNode keys = json.has("reportKeys") ? json.get("reportKeys") : json.path("dataFiles");
            String id = json.has("assemblyId") ? json.path("assemblyId").asString() : json.path("executionId").asString();
            if (!keys.isArray() || id.isEmpty()) {
                throw new InputRefusedException("The export manifest " + manifestName + " names no version: it has "
                        + "neither assemblyId and reportKeys (legacy CUR) nor executionId and dataFiles (Data Exports).");
            }
            List<UsageFile> files = new ArrayList<>();
            for (JsonNode key : keys) {
                Path file = local(key.asString(), manifestName);
                String fileName = name(dir, file);
                if (!UsageFile.isReadable(fileName)) {
                    throw new InputRefusedException("The export manifest " + manifestName + " names " + fileName
                            + ", a kind of file this job does not read (CSV, .csv.gz, .csv.zip or Parquet).");
                }
                if (!Files.isRegularFile(file)) {
                    throw new InputRefusedException("The export manifest " + manifestName + " names " + fileName
                            + ", which is missing from the input folder: sync the export again, whole, and run again.");
                }
                files.add(new UsageFile(file, fileName));
            }
            return new ExportVersion(kind, manifest, manifestName, id, List.copyOf(files));
        }

        /** Where an S3 key (or s3:// URI) of the manifest lies under the input folder. */
        private Path local(String key, String manifestName) {
            String path = key.startsWith("s3://") ? key.substring(key.indexOf('/', "s3://".length()) + 1) : key;
            List<String> segments = List.of(path.split("/"));
            for (int start = segments.size() - anchor.size(); start >= 0; start--) {
                if (matches(segments.subList(start, start + anchor.size()))) {
                    Path file = base;
                    for (String segment : anchor) {
                        file = file.resolve(segment);
                    }
                    for (String segment : segments.subList(start + anchor.size(), segments.size())) {
                        file = file.resolve(segment);
                    }
                    return file;
                }
            }
            throw new InputRefusedException("The export manifest " + manifestName + " names " + key + ", which does "
                    + "not lie under its " + String.join("/", anchor) + " folder; sync the export as S3 holds it.");
        }

        private boolean matches(List<String> segments) {
            for (int i = 0; i < anchor.size(); i++) {
                if (!segments.get(i).equalsIgnoreCase(anchor.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
