package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D130: {@code java -jar target/support-billing.jar} bills in the JVM prepared by the build (target/app, its
 * archive, the throughput collector), bills the same, passes a stop on, ends with the process that started it,
 * and bills in its own process when told to.
 */
class PreparedJvmIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples/2026-03");

    @TempDir
    Path work;

    @Test
    void billsTheSampleMonthToTheGoldenFilesInThePreparedJvmAndInItsOwn() throws Exception {
        for (String way : List.of("prepared", "own")) {
            Path out = work.resolve(way).resolve("out");
            Process run = Jar.start(work, way, way.equals("own") ? List.of("-Dsupport-billing.in-process=true") : List.of(),
                    "run", "--month", "2026-03", "--input", "input-samples/2026-03", "--output", out.toString(),
                    "--state", work.resolve(way).resolve("state").toString());
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(Jar.err(work, way)).isZero();
            for (String file : List.of("invoices.csv", "invoice-lines.csv", "refund-ledger.csv", "allocations.csv", "rejects.csv")) {
                assertThat(out.resolve("2026-03").resolve(file)).as("%s billed in the %s JVM", file, way)
                        .hasSameTextualContentAs(GOLDEN.resolve(file));
            }
        }
    }

    @Test
    void theExitCodeAndTheSentenceAreTheBillingsOwn() throws Exception {
        Process run = Jar.start(work, "bad", "run", "--month", "1999-13", "--input", "input-samples/2026-03",
                "--output", work.resolve("out").toString(), "--state", work.resolve("state").toString());
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(Jar.err(work, "bad")).contains("'1999-13' is not a month");
    }

    @Test
    void aStopIsPassedOnAndItsExitCodeComesBack() throws Exception {
        Process watch = startWatch("stopped", List.of());
        ProcessHandle billing = preparedJvmOf(watch);
        watch.destroy();
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        // the watcher's own 0 (D35), not the 143 of a JVM ended by SIGTERM
        assertThat(watch.exitValue()).isEqualTo(0);
        assertThat(billing.isAlive()).as("the prepared JVM ended before the process that started it").isFalse();
    }

    @Test
    void thePreparedJvmEndsWhenTheProcessThatStartedItIsKilledOutright() throws Exception {
        Process watch = startWatch("killed", List.of());
        ProcessHandle billing = preparedJvmOf(watch);
        watch.destroyForcibly();
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(billing.onExit()).as("the prepared JVM ends too").succeedsWithin(Duration.ofSeconds(60));
    }

    /** A prepared JVM killed outright says nothing of its own: java -jar says it, and ends with its code. */
    @Test
    void whenThePreparedJvmIsKilledOutrightJavaJarSaysSo() throws Exception {
        Process watch = startWatch("child-killed", List.of());
        ProcessHandle billing = preparedJvmOf(watch);
        assertThat(new ProcessBuilder("kill", "-9", Long.toString(billing.pid())).start().waitFor()).isZero();
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.exitValue()).isEqualTo(137);
        assertThat(Jar.err(work, "child-killed")).contains("The billing JVM (pid " + billing.pid() + ") was ended by "
                + "signal 9 (kill -9, or the system's out-of-memory killer). Nothing after its last line happened; run the "
                + "same command again: it resumes.");
    }

    @Test
    void thePreparedJvmsCompilersTakeTheDirectivesBesideItsJarAndAnInProcessRunsDoNot() throws Exception {
        for (String way : List.of("prepared", "own")) {
            Process watch = startWatch("directives-" + way,
                    way.equals("own") ? List.of("-Dsupport-billing.in-process=true") : List.of());
            try {
                ProcessHandle billing = way.equals("own") ? watch.toHandle() : preparedJvmOf(watch);
                assertThat(compilerDirectives(billing)).as("the compiler directives of the %s JVM", way)
                        .satisfies(printed -> {
                            if (way.equals("prepared")) {
                                assertThat(printed).contains("com/supportbilling/intake/*.*");
                            } else {
                                assertThat(printed).doesNotContain("com/supportbilling/intake/*.*");
                            }
                        });
            } finally {
                watch.destroy();
                assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    /** What {@code jcmd PID Compiler.directives_print} prints; the directives are added while Spring starts. */
    private static String compilerDirectives(ProcessHandle jvm) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process print = new ProcessBuilder(jcmd, String.valueOf(jvm.pid()), "Compiler.directives_print")
                .redirectErrorStream(true).start();
        String printed = new String(print.getInputStream().readAllBytes());
        assertThat(print.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(print.exitValue()).as(printed).isZero();
        return printed;
    }

    /**
     * D148: a copy of the jar beside an application made from another build (its own files, linked, but the build
     * written into {@code support-billing.jvm} another) bills in its own process; with the jar's build, in the
     * prepared JVM.
     */
    @Test
    void aJarBesideAnApplicationMadeFromAnotherBuildBillsInItsOwnProcess() throws Exception {
        Path copy = Files.createDirectories(work.resolve("copy"));
        Path jar = Files.copy(Jar.JAR, copy.resolve("support-billing.jar"));
        Path app = Files.createDirectories(copy.resolve("app"));
        Path built = Jar.JAR.resolveSibling("app");
        try (Stream<Path> files = Files.list(built)) {
            for (Path file : files.filter(file -> !file.endsWith("support-billing.jvm")).toList()) {
                Files.createSymbolicLink(app.resolve(file.getFileName()), file.toAbsolutePath());
            }
        }
        Properties made = new Properties();
        try (InputStream in = Files.newInputStream(built.resolve("support-billing.jvm"))) {
            made.load(in);
        }
        String build = made.getProperty("jar.build");
        assertThat(build).as("the build the jar is, written by the build").isNotBlank();
        try {
            for (boolean same : List.of(false, true)) {
                made.setProperty("jar.build", same ? build : build + " (another build of the same size)");
                try (OutputStream out = Files.newOutputStream(app.resolve("support-billing.jvm"))) {
                    made.store(out, null);
                }
                Process watch = startWatch(jar, same ? "same" : "other", List.of());
                try {
                    assertThat(watch.descendants()).as(same ? "the prepared JVM, of the jar's build"
                            : "no second JVM beside an app/ of another build").hasSize(same ? 1 : 0);
                } finally {
                    watch.destroy();
                    assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
                }
            }
        } finally { // the links, not what they point to, and without JUnit's warning for each
            try (Stream<Path> links = Files.list(app)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    @Test
    void inProcessBillsWithoutASecondJvm() throws Exception {
        Process watch = startWatch("own", List.of("-Dsupport-billing.in-process=true"));
        try {
            assertThat(watch.descendants()).as("processes started by java -jar").isEmpty();
        } finally {
            watch.destroy();
            assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** {@code watch}, started by java -jar, once it says that it watches its inbox. */
    private Process startWatch(String name, List<String> jvmOptions) throws Exception {
        return startWatch(Jar.JAR, name, jvmOptions);
    }

    /** Likewise, from {@code jar}. */
    private Process startWatch(Path jar, String name, List<String> jvmOptions) throws Exception {
        Path inbox = Files.createDirectories(work.resolve(name).resolve("inbox"));
        Process watch = Jar.start(jar, work, name, jvmOptions, "watch", "--inbox", inbox.toString(), "--output",
                work.resolve(name).resolve("out").toString(), "--state", work.resolve(name).resolve("state").toString());
        Path err = work.resolve(name + ".err");
        for (int wait = 0; wait < 1200 && watch.isAlive(); wait++) {
            if (Files.exists(err) && Files.readString(err).contains("watching " + inbox)) {
                return watch;
            }
            Thread.sleep(100);
        }
        watch.destroyForcibly();
        throw new AssertionError("watch did not start: " + Jar.err(work, name));
    }

    private static ProcessHandle preparedJvmOf(Process started) {
        Optional<ProcessHandle> billing = started.descendants()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of())
                        .contains("-Dsupport-billing.started-by=" + started.pid()))
                .findFirst();
        assertThat(billing).as("the prepared JVM, a child of java -jar").isPresent();
        List<String> arguments = List.of(billing.get().info().arguments().orElseThrow());
        assertThat(arguments).contains("-Xmx512m", "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=" + Path.of("target/app/support-billing.jsa").toAbsolutePath());
        return billing.get();
    }
}
