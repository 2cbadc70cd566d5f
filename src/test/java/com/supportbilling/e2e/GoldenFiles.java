package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares a published month folder with golden files under src/test/resources/golden, byte for byte,
 * but for summary.json's times and input path. {@code -Dgolden.update=true} rewrites the golden files
 * instead, for a change of output that is meant: the diff of src/test/resources/golden then shows it in
 * review. Under CI (the {@code CI} environment variable set) the switch fails the test, so that a
 * pipeline can never rewrite what it checks.
 */
final class GoldenFiles {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFiles() {
    }

    static void assertMatches(Path published, String golden) throws IOException {
        Path expectedDir = ROOT.resolve(golden);
        List<String> actualFiles = names(published);
        if (Boolean.getBoolean("golden.update")) {
            assertThat(System.getenv("CI")).as("-Dgolden.update=true rewrites the golden files; never under CI").isNull();
            Files.createDirectories(expectedDir);
            for (String name : actualFiles) {
                Files.writeString(expectedDir.resolve(name), normalize(name, Files.readString(published.resolve(name))));
            }
            return;
        }
        assertThat(actualFiles).as("files published in %s", published).isEqualTo(names(expectedDir));
        for (String name : actualFiles) {
            String actual = normalize(name, Files.readString(published.resolve(name), StandardCharsets.UTF_8));
            String expected = Files.readString(expectedDir.resolve(name), StandardCharsets.UTF_8);
            assertThat(actual).as("%s of %s", name, golden).isEqualTo(expected);
        }
    }

    /** summary.json's start and end times and absolute input folder differ between runs. */
    static String normalize(String name, String content) {
        if (!name.equals("summary.json")) {
            return content;
        }
        return content.replaceAll("\"(started_at|ended_at|input_folder)\" : \"[^\"]*\"", "\"$1\" : \"…\"");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
