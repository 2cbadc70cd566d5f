package com.supportbilling.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** D142: which commands the prepared JVM compiles with C1 alone. */
class QuickCompilerTest {

    @TempDir
    Path folder;

    /** A file of {@code bytes} bytes that takes no room on disk: only its size is read. */
    private Path sized(String name, long bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(bytes);
        }
        return file;
    }

    private static boolean suits(String... args) {
        return QuickCompiler.suits(List.of(args));
    }

    @Test
    void aMonthUnderAGigabyteRunsOnC1Alone() throws IOException {
        sized("accounts.csv", 2_000_000);
        sized("usage-1.csv", 500_000_000);
        sized("usage-2.csv", 400_000_000);
        assertThat(suits("run", "--month", "2026-03", "--input", folder.toString(), "--output", "out")).isTrue();
        assertThat(suits("run", "--month=2026-03", "--input=" + folder, "--dry-run")).isTrue();
    }

    @Test
    void aMonthOfAGigabyteOrMoreKeepsBothCompilers() throws IOException {
        sized("usage-1.csv", 600_000_000);
        sized("export/data/BILLING_PERIOD=2026-03/part-0.csv", 400_000_000);
        assertThat(QuickCompiler.inputBytes(folder)).isEqualTo(QuickCompiler.LARGE_INPUT_BYTES);
        assertThat(suits("run", "--month", "2026-03", "--input", folder.toString())).isFalse();
        assertThat(suits("run", "--input=" + folder, "--month", "2026-03", "--rerun")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"usage.csv.gz", "cur-00001.csv.zip", "cur-00001.snappy.parquet", "USAGE.CSV.GZ"})
    void aCompressedFileCountsTenTimesItsSize(String name) throws IOException {
        sized(name, 100_000_000);
        assertThat(QuickCompiler.inputBytes(folder)).isEqualTo(1_000_000_000);
        assertThat(suits("run", "--input", folder.toString())).isFalse();
    }

    @Test
    void theSameBytesUncompressedAreSmall() throws IOException {
        sized("usage.csv", 100_000_000);
        assertThat(QuickCompiler.inputBytes(folder)).isEqualTo(100_000_000);
    }

    /** D145: the workers read the lines; what a manager does itself was quicker on C1 alone. */
    @Test
    void aManagerRunsOnC1AloneWhateverTheMonth() throws IOException {
        sized("usage-1.csv", 2_000_000_000L);
        assertThat(suits("run", "--month", "2026-03", "--input", folder.toString(), "--broker", "tcp://broker:61616"))
                .isTrue();
        assertThat(suits("run", "--broker=tcp://broker:61616", "--input", folder.toString())).isTrue();
        assertThat(suits("run", "--input", folder.toString())).as("the same month on one machine").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"watch", "schedule", "worker"})
    void theCommandsThatStayUpKeepBothCompilers(String command) {
        assertThat(suits(command, "--inbox", folder.toString(), "--output", "out")).isFalse();
    }

    @Test
    void theShortCommandsRunOnC1Alone() {
        assertThat(suits("quote", "--plan", "BUSINESS", "--charges", "12000")).isTrue();
        assertThat(suits("report", "--month", "2026-03", "--output", "out")).isTrue();
        assertThat(suits("--version")).isTrue();
        assertThat(suits("help", "run")).isTrue();
        assertThat(suits()).isTrue();
    }

    /** bin/support-billing decides as java -jar does, for the same command lines, and adds D143's options too. */
    @Test
    void theLauncherScriptDecidesTheSame() throws Exception {
        Path small = Files.createDirectories(folder.resolve("small"));
        sized("small/usage.csv", 300_000_000);
        Path large = Files.createDirectories(folder.resolve("large"));
        sized("large/usage.csv.gz", 150_000_000);
        Path app = Files.createDirectories(folder.resolve("app"));
        Files.createFile(app.resolve("support-billing.jar"));
        Path java = Files.createDirectories(folder.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        List<List<String>> commands = List.of(
                List.of("run", "--month", "2026-03", "--input", small.toString(), "--output", "out"),
                List.of("run", "--month", "2026-03", "--input=" + large, "--output", "out"),
                List.of("run", "--input", small.toString(), "--broker", "tcp://broker:61616"),
                List.of("run", "--input", large.toString(), "--broker=tcp://broker:61616"),
                List.of("run", "--input", folder.resolve("missing").toString()),
                List.of("watch", "--inbox", small.toString()), List.of("schedule"), List.of("worker"),
                List.of("quote", "--plan", "BUSINESS", "--charges", "10"), List.of("report"), List.of("--version"));
        for (List<String> command : commands) {
            List<String> script = new ArrayList<>(List.of("bash", "bin/support-billing"));
            script.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(script).redirectErrorStream(true);
            builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
            builder.environment().put("SUPPORT_BILLING_APP", app.toString());
            builder.environment().remove("JAVA_OPTS");
            Process process = builder.start();
            String printed = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as(printed).isZero();
            assertThat(printed.contains(QuickCompiler.OPTION)).as(String.join(" ", command))
                    .isEqualTo(QuickCompiler.suits(command));
            assertThat(printed.contains(HugePages.OPTION)).as("D143's huge pages")
                    .isEqualTo(HugePages.offered(HugePages.KERNEL_SETTING));
            assertThat(printed).as("D143's archive in place").contains(String.join(" ", PreparedJvm.ARCHIVE_IN_PLACE));
        }
    }

    /** The run refuses a folder that is not there at once: nothing to compile for. */
    @Test
    void anInputThatIsNotThereIsSmall() {
        assertThat(suits("run", "--month", "2026-03", "--input", folder.resolve("missing").toString())).isTrue();
        assertThat(suits("run", "--month", "2026-03", "--input")).isTrue();
    }
}
