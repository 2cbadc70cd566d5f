package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D46: {@code bin/support-billing} runs the application the build extracted into target/app with its
 * class-data archive, and bills exactly as {@code java -jar} does (the golden files of input-samples).
 */
class LauncherIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples/2026-03");

    @TempDir
    Path work;

    @Test
    void theLauncherBillsTheSampleMonthToTheGoldenFilesUsingTheArchive() throws Exception {
        assertThat(Path.of("target/app/support-billing.jsa")).as("the archive the build trained").exists();
        Path out = work.resolve("out");
        Process run = new ProcessBuilder("bin/support-billing", "run", "--month", "2026-03",
                "--input", "input-samples/2026-03", "--output", out.toString(),
                "--state", work.resolve("state").toString())
                .redirectOutput(work.resolve("run.out").toFile())
                .redirectError(work.resolve("run.err").toFile())
                .start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(work.resolve("run.err"));
        assertThat(run.exitValue()).as(err).isZero();
        assertThat(err).as("the archive matched this JVM and folder").doesNotContain("Unable to use shared archive");
        for (String file : List.of("invoices.csv", "invoice-lines.csv", "refund-ledger.csv", "allocations.csv", "rejects.csv")) {
            assertThat(out.resolve("2026-03").resolve(file)).as(file).hasSameTextualContentAs(GOLDEN.resolve(file));
        }
    }

    /** D137: the launcher at the jar's root has a layer, so Spring Boot's layered extract (container images) works. */
    @Test
    void theJarExtractsLayerByLayerWithTheLauncherInTheLoadersLayer() throws Exception {
        Path layers = work.resolve("layers");
        Process extract = new ProcessBuilder("java", "-Djarmode=tools", "-jar", "target/support-billing.jar", "extract",
                "--layers", "--launcher", "--destination", layers.toString()).redirectErrorStream(true).start();
        String output = new String(extract.getInputStream().readAllBytes());
        assertThat(extract.waitFor()).as(output).isZero();
        assertThat(layers.resolve("spring-boot-loader/com/supportbilling/launch/Launcher.class")).isRegularFile();
        assertThat(layers.resolve("application")).isDirectory();
    }

    @Test
    void withoutABuiltApplicationItSaysHowToBuildOne() throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("bin/support-billing", "--help")
                .redirectErrorStream(true);
        launcher.environment().put("SUPPORT_BILLING_APP", work.resolve("nothing-here").toString());
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).contains("no application in").contains("./mvnw -B package -DskipTests");
    }
}
