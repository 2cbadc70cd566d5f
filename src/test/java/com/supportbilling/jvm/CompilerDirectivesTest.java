package com.supportbilling.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D131, D132: the directives the build puts beside the prepared jar are the JVM's to take, the one for after the
 * usage intake stays on top while any run is past its intake, and a bad file breaks nothing.
 */
class CompilerDirectivesTest {

    private static final Path SHIPPED = Path.of("src/main/jvm");

    @TempDir
    Path work;

    @Test
    void theShippedDirectivesAreAcceptedAndKeepTheOptimizingCompilerForTheUsageIntake() throws Exception {
        String reply = CompilerDirectives.add(SHIPPED.resolve(CompilerDirectives.FILE));
        try {
            assertThat(reply).isEqualTo("3 compiler directives added");
            assertThat(diagnostic("compilerDirectivesPrint"))
                    .contains("com/supportbilling/intake/*.*", "java/math/*.*", "matching: *.*");
        } finally {
            removeDirectives(Integer.parseInt(reply.split(" ")[0]));
        }
        assertThat(diagnostic("compilerDirectivesPrint")).doesNotContain("com/supportbilling/intake/*.*");
    }

    /** D143: a JVM on the quick tier alone (D142) has no optimizing tier to direct; the last option holds. */
    @Test
    void aJvmOnTheQuickTierAloneIsNotDirected() {
        assertThat(CompilerDirectives.quickTierAlone(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"))).isTrue();
        assertThat(CompilerDirectives.quickTierAlone(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4"))).isFalse();
        assertThat(CompilerDirectives.quickTierAlone(List.of("-Xmx512m", "-XX:+UseParallelGC"))).isFalse();
        assertThat(CompilerDirectives.quickTierAlone(List.of())).isFalse();
    }

    @Test
    void afterTheIntakeTheOptimizingCompilerTakesNothingNewUntilTheLastRunPastItsIntakeEnds() throws Exception {
        Files.copy(SHIPPED.resolve(CompilerDirectives.FILE), work.resolve(CompilerDirectives.FILE));
        Files.copy(SHIPPED.resolve(CompilerDirectives.AFTER_INTAKE_FILE), work.resolve(CompilerDirectives.AFTER_INTAKE_FILE));
        int before = directives();
        assertThat(CompilerDirectives.addFrom(work)).isTrue();
        try {
            assertThat(directives()).isEqualTo(before + 3);
            Runnable first = CompilerDirectives.afterIntake();
            Runnable second = CompilerDirectives.afterIntake();
            assertThat(directives()).isEqualTo(before + 4);
            assertThat(topDirective()).contains("matching: *.*").containsPattern("c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
            first.run();
            assertThat(directives()).isEqualTo(before + 4);
            second.run();
            assertThat(directives()).isEqualTo(before + 3);
            assertThat(topDirective()).contains("java/util/stream/*.*");
        } finally {
            CompilerDirectives.forgetFolder();
            removeDirectives(directives() - before);
        }
    }

    @Test
    void withoutTheShippedDirectivesTheRestOfARunIsCompiledAsUsual() throws Exception {
        int before = directives();
        CompilerDirectives.afterIntake().run();
        Runnable ending = CompilerDirectives.afterIntake();
        assertThat(directives()).isEqualTo(before);
        ending.run();
        assertThat(directives()).isEqualTo(before);
    }

    @Test
    void aFileTheJvmCannotReadIsReportedNotThrown() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.json"), "[{ match: \"*.*\", c2: { Exclude: tru } }]");
        assertThat(CompilerDirectives.add(broken)).startsWith("Syntax error");
        assertThat(CompilerDirectives.add(work.resolve("missing.json"))).startsWith("Could not load file");
        assertThat(CompilerDirectives.addFrom(work)).isFalse();
        assertThat(diagnostic("compilerDirectivesPrint")).doesNotContain("Exclude:true");
    }

    /** How many directives the compilers have, besides their default one. */
    private static int directives() throws Exception {
        return diagnostic("compilerDirectivesPrint").split("Directive:", -1).length - 2;
    }

    private static String topDirective() throws Exception {
        return diagnostic("compilerDirectivesPrint").split("Directive:", -1)[1];
    }

    private static void removeDirectives(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            diagnostic("compilerDirectivesRemove");
        }
    }

    private static String diagnostic(String command) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), command, new Object[] {new String[0]},
                new String[] {String[].class.getName()}));
    }
}
