package com.supportbilling.launch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/support-billing.jar …} bills in a JVM prepared for it (D130): the build's
 * extracted application ({@code app/} beside the jar, D46) with its class-data archive mapped in place, the
 * throughput collector, the heap in huge pages (D143) and, for a command that ends soon, the quick compiler
 * alone (D142); the same JVM options, arguments, folder, standard input, output and error, and exit code. This
 * process only waits: a signal that stops it is passed on and it exits with the billing's own exit code, and if
 * it is killed outright the billing JVM, which watches for it, ends within a tenth of a second. It bills in this
 * process instead when there is no prepared application beside the jar, when that was made by another JVM or for
 * another jar, when the JVM was given an option beyond memory, collector and system properties (an agent, a
 * debugger, a log or an archive of its own belong to the process that does the work), when an argument would not
 * reach the child as typed (D141), or with {@code -Dsupport-billing.in-process=true}.
 * <p>
 * It runs before the application is on the class path ({@link Launcher}), so it uses the JDK alone.
 */
public final class PreparedJvm {

    /** Set on the JVM it starts: the pid of this one, which logs and locks name (resources.ThisProcess). */
    public static final String STARTED_BY = "support-billing.started-by";
    /** The exit code of a run stopped before it finished (run.ExitCode.STOPPED). */
    static final int STOPPED = 143;

    static final String IN_PROCESS = "support-billing.in-process";
    /** How often the prepared JVM looks whether the process that started it is still there. */
    private static final long STARTER_WATCH_MILLIS = 100;
    /** Written by the build beside the extracted application: the JVM its archive is for, and the jar it came from. */
    static final String MADE_FOR = "support-billing.jvm";
    /** Written by the build into the jar, beside this class: which build the jar is (D148). */
    static final String BUILD = "support-billing.build";

    private static final String APPLICATION = "support-billing";
    private static final Pattern PASSED_ON = Pattern.compile("-Xm[sxn]\\S+|-Xss\\S+|-D\\S+(=.*)?|-(e|d|es|ds)a(:\\S*)?"
            + "|-XX:[+-]?(UsePerfData|Use\\w*GC|ExitOnOutOfMemoryError|CrashOnOutOfMemoryError|HeapDumpOnOutOfMemoryError)"
            + "|-XX:(\\w*RAMPercentage|MaxRAM|ActiveProcessorCount|MaxDirectMemorySize|MaxMetaspaceSize|HeapDumpPath"
            + "|ParallelGCThreads|ConcGCThreads)=\\S+");
    /**
     * The archive mapped at the address it was made for, as Java 17 did before its updates made relocating it the
     * default: relocating the JDK's and the application's 62 MB of class data took 0.2 s of every start (D143).
     */
    static final List<String> ARCHIVE_IN_PLACE = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    private static final List<String> OPTIONS_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private PreparedJvm() {
    }

    /** This JVM: its pid, options, where it lives, and its version. */
    record ThisJvm(long pid, List<String> options, Path home, String version, Charset commandLine) {

        static ThisJvm current() {
            return new ThisJvm(ProcessHandle.current().pid(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    Path.of(System.getProperty("java.home")), System.getProperty("java.vm.version"), commandLineCharset());
        }

        /** The charset the JVM read its command line in, and a child's is written in: the platform's (sun.jnu.encoding). */
        private static Charset commandLineCharset() {
            try {
                return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
            } catch (IllegalArgumentException e) {
                return Charset.defaultCharset();
            }
        }

        /**
         * Whether {@code text} reaches a child as it was typed. In a C or POSIX locale (cron, {@code env -i}) the
         * JVM reads {@code ü} as U+FFFD, and a child would get {@code ?}: another folder than the one meant.
         */
        boolean passesOn(String text) {
            return text.indexOf('\uFFFD') < 0 && commandLine.newEncoder().canEncode(text);
        }
    }

    /** What the build wrote of the application it prepared: the JVM's home and version, and the jar's build. */
    record MadeFor(Path home, String version, String build) {

        static Optional<MadeFor> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
                return Optional.of(new MadeFor(Path.of(properties.getProperty("java.home", "")),
                        properties.getProperty("java.vm.version", ""), properties.getProperty("jar.build", "")));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * Bills in the prepared JVM when there is one for this jar and JVM, and returns its exit code; empty
     * when this process is to bill itself.
     */
    static Optional<Integer> billThere(String[] args) {
        if (Boolean.getBoolean(IN_PROCESS) || System.getProperty(STARTED_BY) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        Path app = jar.get().resolveSibling("app");
        if (!Files.isRegularFile(app.resolve(APPLICATION + ".jsa"))) {
            return Optional.empty();
        }
        Optional<MadeFor> madeFor = MadeFor.read(app.resolve(MADE_FOR));
        Optional<String> build = build(PreparedJvm.class.getResource(BUILD));
        if (madeFor.isEmpty() || build.isEmpty()) {
            return Optional.empty();
        }
        // the JVM's options only once there is an application to start: reading them loads the management classes
        return command(ThisJvm.current(), build.get(), app, madeFor.get(), HugePages.offered(HugePages.KERNEL_SETTING),
                List.of(args))
                .flatMap(PreparedJvm::run);
    }

    /** Which build the jar is, as the build wrote it into {@code resource}; empty without it (no jar, or an older one). */
    static Optional<String> build(URL resource) {
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = resource.openStream()) {
            String build = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return build.isEmpty() ? Optional.empty() : Optional.of(build);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jar this JVM runs, as an absolute path, under {@code java -jar}; empty when started otherwise. */
    public static Optional<Path> runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        return classPath.endsWith(".jar") ? Optional.of(realPath(Path.of(classPath))) : Optional.empty();
    }

    /** A link to the jar finds the application beside the jar itself. */
    private static Path realPath(Path jar) {
        try {
            return jar.toRealPath();
        } catch (IOException e) {
            return jar.toAbsolutePath();
        }
    }

    /**
     * The prepared JVM's command line, or empty when this one is to bill: the same JVM and options (when
     * all are {@link #PASSED_ON}), the throughput collector unless the options name a collector, C1 alone for
     * a command that ends soon ({@link QuickCompiler}), the heap in huge pages where the kernel gives them
     * ({@code hugePages}, {@link HugePages}), the application's archive mapped in place, and the arguments.
     */
    static Optional<List<String>> command(ThisJvm jvm, String build, Path app, MadeFor made, boolean hugePages,
            List<String> args) {
        if (!jvm.options().stream().allMatch(option -> PASSED_ON.matcher(option).matches() && jvm.passesOn(option))
                || !sameFile(jvm.home(), made.home()) || !jvm.version().equals(made.version()) || !build.equals(made.build())
                || !args.stream().allMatch(jvm::passesOn) || !jvm.passesOn(app.toString())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.home().resolve("bin").resolve("java").toString());
        command.addAll(jvm.options());
        if (jvm.options().stream().noneMatch(option -> option.matches("-XX:\\+Use\\w*GC"))) {
            command.add("-XX:+UseParallelGC"); // a batch job wants throughput, not short pauses (D46)
        }
        if (QuickCompiler.suits(args)) {
            command.add(QuickCompiler.OPTION);
        }
        if (hugePages) {
            command.add(HugePages.OPTION);
        }
        command.add("-XX:SharedArchiveFile=" + app.resolve(APPLICATION + ".jsa"));
        command.addAll(ARCHIVE_IN_PLACE);
        command.add("-Xlog:cds*=off"); // an archive this JVM cannot map is not worth a word: it starts as java -jar does
        command.add("-D" + STARTED_BY + "=" + jvm.pid()); // the pid logs and locks name (ThisProcess)
        command.add("-jar");
        command.add(app.resolve(APPLICATION + ".jar").toString());
        command.addAll(args);
        return Optional.of(command);
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts the prepared JVM and waits for it; a signal to this process is passed on, and its exit code is
     * the one. Empty when it cannot start: this process bills.
     */
    private static Optional<Integer> run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        OPTIONS_VARIABLES.forEach(builder.environment()::remove); // their options are on the command line already
        Started started = new Started();
        Thread passOn = new Thread(started::stop, "support-billing-pass-on-stop");
        // in place before the start, so that no signal finds the billing started and this process unable to pass it on
        duringStop(Runtime.getRuntime()::addShutdownHook, passOn);
        Optional<Process> billing = started.start(builder);
        if (billing.isEmpty()) {
            duringStop(Runtime.getRuntime()::removeShutdownHook, passOn);
            return Optional.empty();
        }
        int exitCode = waitFor(billing.get());
        if (exitCode > 128 && exitCode != STOPPED) { // a signal it could not handle: nothing of its own was said
            System.err.println("The billing JVM (pid " + billing.get().pid() + ") was ended by signal " + (exitCode - 128)
                    + (exitCode == 128 + 9 ? " (kill -9, or the system's out-of-memory killer)" : "") + ". Nothing after"
                    + " its last line happened; run the same command again: it resumes.");
        }
        return Optional.of(exitCode);
    }

    /**
     * Adds or removes the hook that passes a stop on. When a stop has already begun the JVM's shutdown, the JVM
     * refuses either: nothing was started, and this process ends as a stop before {@code main} ends it.
     */
    private static void duringStop(Consumer<Thread> change, Thread hook) {
        try {
            change.accept(hook);
        } catch (IllegalStateException shuttingDown) {
            Runtime.getRuntime().halt(STOPPED);
        }
    }

    /** The prepared JVM once started, and whether a stop came first. */
    private static final class Started {

        private Process billing;
        private boolean stopped;

        /** Starts it unless a stop came first; empty when it cannot start. */
        synchronized Optional<Process> start(ProcessBuilder builder) {
            if (stopped) {
                return Optional.empty();
            }
            try {
                billing = builder.start();
                return Optional.of(billing);
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /**
         * The shutdown hook: SIGTERM to the billing, which stops at its next commit and says how it ended
         * (D43), and this process exits with its exit code. A stop before the start ends this process as a stop
         * before {@code main} does: nothing was touched.
         */
        void stop() {
            Process started;
            synchronized (this) {
                stopped = true;
                started = billing;
            }
            Runtime.getRuntime().halt(started == null ? STOPPED : passOn(started));
        }

        private static int passOn(Process billing) {
            billing.toHandle().destroy();
            return waitFor(billing);
        }
    }

    private static int waitFor(Process billing) {
        while (true) {
            try {
                return billing.waitFor();
            } catch (InterruptedException e) {
                Thread.interrupted();
            }
        }
    }

    /**
     * In the prepared JVM: ends it when the process that started it is gone — killed outright, it can pass
     * nothing on — as a run killed outright ends (D16): the next run resumes. The JVM it started is its child,
     * and is handed to another parent the moment it dies. The watch sleeps between looks: a thread blocked in
     * a native read, as one reading a pipe from the starter would be, holds the JVM's exit up by 0.3 s (D138).
     */
    public static void endWithTheStarter() {
        Long starter = Long.getLong(STARTED_BY);
        if (starter == null) {
            return;
        }
        Optional<Long> parent = parentPid();
        if (parent.isEmpty()) {
            return; // no process table to read (no /proc): nothing to watch by, and a run ends as it would on its own
        }
        if (!parent.get().equals(starter)) {
            System.err.println("The process that started this JVM (pid " + starter + ", as -D" + STARTED_BY
                    + " says) is gone: nothing was started.");
            Runtime.getRuntime().halt(STOPPED);
        }
        Thread watch = new Thread(() -> {
            while (parentPid().filter(starter::equals).isPresent()) {
                try {
                    Thread.sleep(STARTER_WATCH_MILLIS);
                } catch (InterruptedException e) {
                    Thread.interrupted(); // nothing ends the watch but the starter's end
                }
            }
            Runtime.getRuntime().halt(STOPPED);
        }, "support-billing-starter-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** This JVM's parent, empty where the process table cannot be read. */
    private static Optional<Long> parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid);
    }
}
