package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D100 and D104 on the packaged jar: {@code watch} serves its management server when asked for, and
 * {@code run} initialises not one class of Tomcat, Spring MVC, Actuator, Micrometer's metrics or the
 * Prometheus client (Boot's own web glue, which declines a non-web application, aside), and loads none
 * of Tomcat's.
 */
class ManagementIT {

    /** Packages of the management server: none of their classes may be initialised by {@code run}. */
    private static final List<String> MANAGEMENT_PACKAGES = List.of("'org/apache/catalina/", "'org/apache/tomcat/",
            "'org/apache/coyote/", "'org/springframework/boot/tomcat/", "'org/springframework/web/servlet/",
            "'org/springframework/http/converter/", "'org/springframework/boot/actuate/", "'org/springframework/boot/health/",
            "'org/springframework/boot/micrometer/", "'io/micrometer/prometheusmetrics/", "'io/prometheus/");

    @TempDir
    Path work;

    @Test
    void runLoadsNoClassOfTheManagementServer() throws Exception {
        Path initialised = work.resolve("initialised.log");
        Path loaded = work.resolve("loaded.log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+init=info:file=" + initialised, "-Xlog:class+load=info:file=" + loaded, "-jar", Jar.JAR.toString(),
                "run", "--month", "2026-03", "--input", "input-samples/2026-03", "--output", work.resolve("out").toString(),
                "--state", work.resolve("state").toString(), "--billing.progress=off")
                .redirectOutput(work.resolve("run.out").toFile())
                .redirectError(work.resolve("run.err").toFile())
                .start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(work.resolve("run.err"))).isZero();

        List<String> init = Files.readAllLines(initialised);
        assertThat(init).as("the run's classes").anyMatch(line -> line.contains("'com/supportbilling/run/MonthEndRun'"));
        assertThat(init).noneMatch(line -> MANAGEMENT_PACKAGES.stream().anyMatch(line::contains));
        assertThat(Files.readAllLines(loaded)).noneMatch(line -> line.contains(" org.apache.catalina.")
                || line.contains(" org.apache.tomcat."));
    }

    @Test
    void watchServesItsHealthFromThePackagedJarAndStopsOnSigterm() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Process watch = Jar.start(work, "watch", "watch", "--inbox", inbox.toString(), "--output",
                work.resolve("out").toString(), "--state", work.resolve("state").toString(), "--management.server.port=0");
        try {
            Http.Response health = Http.get(Http.managementBase(work.resolve("watch.err")).resolve("health"));
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(health.json().at("/components/inbox/status").asString()).isEqualTo("UP");
        } finally {
            watch.destroy();
        }
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM, management server and all").isTrue();
    }
}
