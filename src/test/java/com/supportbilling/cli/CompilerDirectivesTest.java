package com.supportbilling.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D131: the directives the build puts beside the prepared jar are the JVM's to take, and a bad file breaks nothing. */
class CompilerDirectivesTest {

    private static final Path SHIPPED = Path.of("src/main/jvm/" + CompilerDirectives.FILE);

    @TempDir
    Path work;

    @Test
    void theShippedDirectivesAreAcceptedAndKeepTheOptimizingCompilerForTheUsageIntake() throws Exception {
        String reply = CompilerDirectives.add(SHIPPED);
        try {
            assertThat(reply).isEqualTo("3 compiler directives added");
            assertThat(diagnostic("compilerDirectivesPrint"))
                    .contains("com/supportbilling/intake/*.*", "java/math/*.*", "matching: *.*");
        } finally {
            for (int i = 0; i < Integer.parseInt(reply.split(" ")[0]); i++) {
                diagnostic("compilerDirectivesRemove");
            }
        }
        assertThat(diagnostic("compilerDirectivesPrint")).doesNotContain("com/supportbilling/intake/*.*");
    }

    @Test
    void aFileTheJvmCannotReadIsReportedNotThrown() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.json"), "[{ match: \"*.*\", c2: { Exclude: tru } }]");
        assertThat(CompilerDirectives.add(broken)).startsWith("Syntax error");
        assertThat(CompilerDirectives.add(work.resolve("missing.json"))).startsWith("Could not load file");
        assertThat(diagnostic("compilerDirectivesPrint")).doesNotContain("Exclude:true");
    }

    private static String diagnostic(String command) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), command, new Object[] {new String[0]},
                new String[] {String[].class.getName()}));
    }
}
