package com.supportbilling.jvm;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * In the prepared application (D131): gives the JVM's compilers the directives the build put beside the jar,
 * so that only the usage intake's code is compiled by the optimizing tier. They are added as
 * {@code jcmd <pid> Compiler.directives_add} adds them, through the JVM's diagnostic commands, on a thread of
 * their own while Spring starts: as a JVM option ({@code -XX:CompilerDirectivesFile}) they would need the
 * diagnostic options unlocked and would print a line of their own on standard output.
 * <p>
 * Once a month's usage is read, the rest of the run does the same work whatever the month's size, and what it
 * makes hot for the first time is better left to the quick tier too: {@link #afterIntake()} adds, on top,
 * the directive beside the jar that keeps the optimizing tier from anything new, until the run ends (D132).
 */
public final class CompilerDirectives {

    static final String FILE = "support-billing.compiler.json";
    static final String AFTER_INTAKE_FILE = "support-billing.after-intake.compiler.json";
    private static final String ADDED = " compiler directives added";
    private static final String STOP_AT_LEVEL = "-XX:TieredStopAtLevel=";

    private static Path app;
    private static int runsAfterIntake;
    private static boolean afterIntakeAdded;

    private CompilerDirectives() {
    }

    /**
     * Adds the directives beside {@code jar}, when there are any, without waiting for them; not in a JVM that
     * compiles with the quick tier alone (D142), which has no optimizing tier to direct: starting the JVM's
     * management server for nothing took 0.2 s of processor time (D143).
     */
    public static void addBesideTheJar(Optional<Path> jar) {
        Optional<Path> folder = jar.map(Path::getParent).filter(parent -> Files.isRegularFile(parent.resolve(FILE)));
        if (folder.isEmpty()) {
            return;
        }
        Thread adding = new Thread(() -> {
            if (!quickTierAlone(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
                addFrom(folder.get());
            }
        }, "compiler-directives");
        adding.setDaemon(true);
        adding.start();
    }

    /** Whether the JVM options {@code options} stop compiling below the optimizing tier: the last one holds. */
    static boolean quickTierAlone(List<String> options) {
        String level = null;
        for (String option : options) {
            if (option.startsWith(STOP_AT_LEVEL)) {
                level = option.substring(STOP_AT_LEVEL.length());
            }
        }
        return level != null && !level.equals("4");
    }

    /** Adds the directives in {@code folder}, and remembers it for {@link #afterIntake()} when the JVM took them. */
    static synchronized boolean addFrom(Path folder) {
        boolean taken = add(folder.resolve(FILE)).endsWith(ADDED);
        app = taken ? folder : app;
        return taken;
    }

    /** Forgets the folder {@link #addFrom} remembered, once its directives are removed. */
    static synchronized void forgetFolder() {
        app = null;
    }

    /**
     * Keeps the optimizing tier from code that is not compiled yet, while a run bills what follows its usage
     * intake; the directive stays while any run in this JVM is past its intake. Returns what ends it for this run.
     * Does nothing in a JVM that did not take the directives beside its jar.
     */
    public static synchronized Runnable afterIntake() {
        if (app == null) {
            return () -> { };
        }
        if (runsAfterIntake++ == 0) {
            afterIntakeAdded = add(app.resolve(AFTER_INTAKE_FILE)).endsWith(ADDED);
        }
        return CompilerDirectives::runPastItsIntakeEnded;
    }

    private static synchronized void runPastItsIntakeEnded() {
        if (--runsAfterIntake == 0 && afterIntakeAdded) {
            diagnostic("compilerDirectivesRemove"); // the top one: the directive afterIntake added
            afterIntakeAdded = false;
        }
    }

    /**
     * Adds the directives in {@code file} to this JVM's compilers and returns the JVM's reply ("3 compiler
     * directives added", or why not). Nothing else depends on it: without them the same code runs, only compiled
     * differently.
     */
    static String add(Path file) {
        return diagnostic("compilerDirectivesAdd", file.toString());
    }

    private static String diagnostic(String command, String... arguments) {
        try {
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
            return String.valueOf(reply).strip();
        } catch (JMException | RuntimeException e) {
            return "not done: " + e;
        }
    }
}
