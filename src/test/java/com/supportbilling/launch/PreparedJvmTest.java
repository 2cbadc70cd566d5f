package com.supportbilling.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** D130: which {@code java -jar} command lines bill in the prepared JVM, and its command line. */
class PreparedJvmTest {

    private static final Path HOME = Path.of(System.getProperty("java.home"));
    private static final String VERSION = System.getProperty("java.vm.version");
    private static final Path APP = Path.of("/opt/billing/app");
    private static final String BUILD = "2026-12-01T17:02:10.123Z";
    private static final PreparedJvm.MadeFor MADE = new PreparedJvm.MadeFor(HOME, VERSION, BUILD);
    private static final List<String> ARGS = List.of("run", "--month", "2026-03", "--input", "in dir");

    @TempDir
    Path folder;

    private static Optional<List<String>> command(String... options) {
        return PreparedJvm.command(new PreparedJvm.ThisJvm(4242, List.of(options), HOME, VERSION, StandardCharsets.UTF_8),
                BUILD, APP, MADE, true, ARGS);
    }

    @Test
    void theSameOptionsTheThroughputCollectorTheQuickCompilerHugePagesTheArchiveAndTheArguments() {
        assertThat(command("-Xmx512m", "-Duser.timezone=UTC", "-XX:-UsePerfData")).contains(List.of(
                HOME.resolve("bin/java").toString(), "-Xmx512m", "-Duser.timezone=UTC", "-XX:-UsePerfData",
                "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages",
                "-XX:SharedArchiveFile=/opt/billing/app/support-billing.jsa",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-Xlog:cds*=off",
                "-Dsupport-billing.started-by=4242", "-jar", "/opt/billing/app/support-billing.jar",
                "run", "--month", "2026-03", "--input", "in dir"));
    }

    @Test
    void aCommandThatStaysUpKeepsBothCompilers() {
        List<String> watch = List.of("watch", "--inbox", "in", "--output", "out");
        assertThat(PreparedJvm.command(new PreparedJvm.ThisJvm(4242, List.of("-Xmx512m"), HOME, VERSION, StandardCharsets.UTF_8),
                BUILD, APP, MADE, true, watch).orElseThrow()).doesNotContain(QuickCompiler.OPTION).containsSequence(watch);
    }

    /** D143: where the kernel gives no huge pages, the JVM is not asked for them. */
    @Test
    void noHugePagesWhereTheKernelGivesNone() {
        assertThat(PreparedJvm.command(new PreparedJvm.ThisJvm(4242, List.of("-Xmx512m"), HOME, VERSION, StandardCharsets.UTF_8),
                BUILD, APP, MADE, false, ARGS).orElseThrow()).doesNotContain(HugePages.OPTION)
                .containsSequence(PreparedJvm.ARCHIVE_IN_PLACE);
    }

    @Test
    void aCollectorTheOptionsNameIsKept() {
        assertThat(command("-Xmx2g", "-XX:+UseG1GC").orElseThrow()).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xms256m", "-Xss2m", "-ea", "-XX:MaxRAMPercentage=50", "-XX:+ExitOnOutOfMemoryError",
            "-XX:HeapDumpPath=/tmp/dumps", "-XX:ActiveProcessorCount=2", "-Dbilling.documents.locale=ko"})
    void memoryCollectorAndPropertiesArePassedOn(String option) {
        assertThat(command(option).orElseThrow()).contains(option);
    }

    /** An agent, a debugger, a log or an archive of its own belong to the process that bills: this one. */
    @ParameterizedTest
    @ValueSource(strings = {"-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
            "-javaagent:/opt/agent.jar", "-Xlog:class+load=info:file=loaded.log", "-verbose:gc",
            "-XX:StartFlightRecording=filename=run.jfr", "-XX:SharedArchiveFile=/tmp/other.jsa", "-Xshare:off",
            "-XX:ArchiveClassesAtExit=/tmp/new.jsa", "-XX:+UnlockDiagnosticVMOptions", "-Xint"})
    void anyOtherOptionBillsInThisProcess(String option) {
        assertThat(command("-Xmx512m", option)).isEmpty();
    }

    /** In a C locale the JVM reads ü as U+FFFD, and a child would be handed "?": another folder than the one typed. */
    @Test
    void anArgumentOrOptionTheChildWouldNotGetAsTypedBillsInThisProcess() {
        PreparedJvm.ThisJvm ascii = new PreparedJvm.ThisJvm(4242, List.of("-Xmx512m"), HOME, VERSION, StandardCharsets.US_ASCII);
        assertThat(PreparedJvm.command(ascii, BUILD, APP, MADE, true, ARGS)).as("plain ASCII").isPresent();
        assertThat(PreparedJvm.command(ascii, BUILD, APP, MADE, true, List.of("run", "--output", "/srv/\uFFFD\uFFFD-out")))
                .as("what the JVM could not read").isEmpty();
        assertThat(PreparedJvm.command(ascii, BUILD, APP, MADE, true, List.of("run", "--output", "/srv/ü-out")))
                .as("what the child could not be given").isEmpty();
        PreparedJvm.ThisJvm asciiOption = new PreparedJvm.ThisJvm(4242, List.of("-Dbilling.seller.name=Société"), HOME,
                VERSION, StandardCharsets.US_ASCII);
        assertThat(PreparedJvm.command(asciiOption, BUILD, APP, MADE, true, ARGS)).as("an option").isEmpty();
        PreparedJvm.ThisJvm utf8 = new PreparedJvm.ThisJvm(4242, List.of("-Dbilling.seller.name=Société"), HOME, VERSION,
                StandardCharsets.UTF_8);
        assertThat(PreparedJvm.command(utf8, BUILD, APP, MADE, true, List.of("run", "--output", "/srv/ü-out"))).as("UTF-8").isPresent();
        assertThat(PreparedJvm.command(utf8, BUILD, APP, MADE, true, List.of("run", "--output", "/srv/\uFFFD")))
                .as("bytes that were no UTF-8").isEmpty();
    }

    @Test
    void anApplicationMadeForAnotherJvmOrJarBillsInThisProcess() {
        PreparedJvm.ThisJvm jvm = new PreparedJvm.ThisJvm(4242, List.of("-Xmx512m"), HOME, VERSION, StandardCharsets.UTF_8);
        assertThat(PreparedJvm.command(jvm, "2026-12-01T17:02:11.529Z", APP, MADE, true, ARGS))
                .as("another build of the jar, whatever its size").isEmpty();
        assertThat(PreparedJvm.command(jvm, BUILD, APP, new PreparedJvm.MadeFor(HOME, "17.0.1+12", BUILD), true, ARGS))
                .as("another version of the JVM").isEmpty();
        assertThat(PreparedJvm.command(jvm, BUILD, APP, new PreparedJvm.MadeFor(folder, VERSION, BUILD), true, ARGS))
                .as("another JVM").isEmpty();
        assertThat(PreparedJvm.command(jvm, BUILD, APP, MADE, true, ARGS)).as("this one").isPresent();
    }

    @Test
    void whatTheBuildWroteIsReadAndAnythingElseIsNothing() throws Exception {
        Path file = folder.resolve("support-billing.jvm");
        assertThat(PreparedJvm.MadeFor.read(file)).as("no file").isEmpty();
        Files.writeString(file, "#by the build\njava.home=" + HOME + "\njava.vm.version=" + VERSION
                + "\njar.build=2026-12-01T17\\:02\\:10.123Z\n");
        assertThat(PreparedJvm.MadeFor.read(file)).contains(new PreparedJvm.MadeFor(HOME, VERSION, "2026-12-01T17:02:10.123Z"));
        Files.writeString(file, "java.home=" + HOME + "\njar.build=\\u12\n");
        assertThat(PreparedJvm.MadeFor.read(file)).as("a file that is no properties file").isEmpty();
    }

    @Test
    void theJarsBuildIsReadFromBesideTheLauncherAndIsNothingWithoutIt() throws Exception {
        Path file = Files.writeString(folder.resolve(PreparedJvm.BUILD), BUILD + "\n");
        assertThat(PreparedJvm.build(file.toUri().toURL())).contains(BUILD);
        assertThat(PreparedJvm.build(null)).as("classes outside a jar, or a jar built before D148").isEmpty();
        Files.writeString(file, "");
        assertThat(PreparedJvm.build(file.toUri().toURL())).as("an empty one").isEmpty();
    }
}
