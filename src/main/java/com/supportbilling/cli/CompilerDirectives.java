package com.supportbilling.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * In the prepared application (D131): gives the JVM's compilers the directives the build put beside the jar,
 * so that only the usage intake's code is compiled by the optimizing tier. They are added as
 * {@code jcmd <pid> Compiler.directives_add} adds them, through the JVM's diagnostic commands, on a thread of
 * their own while Spring starts: as a JVM option ({@code -XX:CompilerDirectivesFile}) they would need the
 * diagnostic options unlocked and would print a line of their own on standard output.
 */
final class CompilerDirectives {

    static final String FILE = "support-billing.compiler.json";

    private CompilerDirectives() {
    }

    /** Adds the directives beside the running jar, when there are any, without waiting for them. */
    static void addBesideTheJar() {
        Optional<Path> file = PreparedJvm.runningJar().map(jar -> jar.resolveSibling(FILE)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return;
        }
        Thread adding = new Thread(() -> add(file.get()), "compiler-directives");
        adding.setDaemon(true);
        adding.start();
    }

    /**
     * Adds the directives in {@code file} to this JVM's compilers and returns the JVM's reply ("3 compiler
     * directives added", or why not). Nothing else depends on it: without them the same code runs, only compiled
     * differently.
     */
    static String add(Path file) {
        try {
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(reply).strip();
        } catch (JMException | RuntimeException e) {
            return "not added: " + e;
        }
    }
}
