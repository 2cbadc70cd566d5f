package com.supportbilling.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A month folder as `run` published it, read the way a person checks it: by rows and by summary figures. */
final class PublishedMonth {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Path dir;
    private final JsonNode summary;

    PublishedMonth(Path dir) {
        this.dir = dir;
        try {
            this.summary = JSON.readTree(Files.readString(dir.resolve("summary.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file));
    }

    /** "account line_type plan service_month amount" of each invoice line, in file order. */
    List<String> invoiceLines() throws IOException {
        return lines("invoice-lines.csv").stream().skip(1).map(line -> line.split(","))
                .map(f -> String.join(" ", f[2], f[3], f[4], f[5], f[9])).toList();
    }

    /** A number of summary.json at a path of field names, exactly as written (scale kept). */
    BigDecimal figure(String... path) {
        JsonNode node = summary;
        for (String name : path) {
            node = node.path(name);
        }
        if (!node.isNumber()) {
            throw new AssertionError("summary.json has no number at " + String.join(".", path) + ": " + node);
        }
        return node.decimalValue();
    }

    /** usage.excluded_by_cause of summary.json: cause → amount. */
    Map<String, BigDecimal> excludedByCause() {
        Map<String, BigDecimal> excluded = new LinkedHashMap<>();
        summary.path("usage").path("excluded_by_cause").properties()
                .forEach(entry -> excluded.put(entry.getKey(), entry.getValue().decimalValue()));
        return excluded;
    }

    /** rejected_by_reason of summary.json: reason → rows. */
    Map<String, Long> rejectedByReason() {
        Map<String, Long> rejected = new LinkedHashMap<>();
        summary.path("rejected_by_reason").properties()
                .forEach(entry -> rejected.put(entry.getKey(), entry.getValue().longValue()));
        return rejected;
    }

    /** "rows_read/rows_accepted/rows_rejected" of one file in summary.json. */
    String fileRows(String file) {
        for (JsonNode entry : summary.path("files")) {
            if (entry.path("file").asString().equals(file)) {
                return entry.path("rows_read").longValue() + "/" + entry.path("rows_accepted").longValue() + "/"
                        + entry.path("rows_rejected").longValue();
            }
        }
        throw new AssertionError("summary.json lists no file " + file + ": " + summary.path("files"));
    }

    boolean reconciles() {
        return summary.path("reconciliation").path("holds").booleanValue();
    }

    /** Copies a scenario folder into {@code target}. */
    static Path copy(Path scenario, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(scenario)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** Replaces {@code file} by {@code file}.gz, as AWS delivers it. */
    static Path gzip(Path file) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(file, out);
        }
        Files.delete(file);
        return gz;
    }
}
