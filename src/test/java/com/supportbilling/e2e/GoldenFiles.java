package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.PublishedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Compares a published month folder with golden files under src/test/resources/golden, byte for byte,
 * but for what differs from one run to the next (see {@link PublishedFiles}): the documents are compared
 * by their text, in {@code documents.txt}. {@code -Dgolden.update=true} rewrites the golden files
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
        Map<String, String> actual = PublishedFiles.contents(published);
        if (Boolean.getBoolean("golden.update")) {
            assertThat(System.getenv("CI")).as("-Dgolden.update=true rewrites the golden files; never under CI").isNull();
            Files.createDirectories(expectedDir);
            for (Map.Entry<String, String> file : actual.entrySet()) {
                Files.writeString(expectedDir.resolve(file.getKey()), file.getValue());
            }
            return;
        }
        assertThat(List.copyOf(actual.keySet())).as("files published in %s", published)
                .isEqualTo(PublishedFiles.names(expectedDir));
        for (Map.Entry<String, String> file : actual.entrySet()) {
            String expected = Files.readString(expectedDir.resolve(file.getKey()), StandardCharsets.UTF_8);
            assertThat(file.getValue()).as("%s of %s", file.getKey(), golden).isEqualTo(expected);
        }
    }
}
