package com.supportbilling.e2e;

import static org.awaitility.Awaitility.await;

import com.supportbilling.cli.BillingCommandLine;
import com.supportbilling.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * {@code watch} running in this JVM on a thread of its own, as the jar runs it, with short periods;
 * stopped as Ctrl-C stops it (its thread interrupted), after which it must return 0.
 */
final class Watching implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final Path inbox;
    final Path out;
    final Path state;
    private final Thread thread;
    private final AtomicInteger looks = new AtomicInteger();
    private volatile int exitCode = -1;

    private Watching(Path work, List<String> extra) {
        this.inbox = work.resolve("inbox");
        this.out = work.resolve("out");
        this.state = work.resolve("state");
        List<String> args = new ArrayList<>(List.of("watch", "--inbox", inbox.toString(), "--output", out.toString(),
                "--state", state.toString(), "--billing.watch.poll-interval=100ms", "--billing.watch.retry-after=300ms"));
        args.addAll(extra);
        thread = new Thread(() -> exitCode = BillingCommandLine.execute(args.toArray(String[]::new)), "watch-under-test");
    }

    /** Starts watching {@code <work>/inbox} (created), billing into {@code <work>/out} on {@code <work>/state}. */
    static Watching start(Path work, String... extra) throws IOException {
        Files.createDirectories(work.resolve("inbox"));
        Watching watching = new Watching(work, List.of(extra));
        watching.thread.start();
        return watching;
    }

    /** The one folder {@code <inbox>/<folder>/<name>-<timestamp>/}, once it is there. */
    Path handled(String folder, String name) {
        return handled(inbox, folder, name);
    }

    /** Likewise, in any inbox. */
    static Path handled(Path inbox, String folder, String name) {
        Pattern stamped = Pattern.compile(Pattern.quote(name) + "-\\d{8}-\\d{6}");
        await().atMost(PATIENCE).until(() -> Folders.entries(inbox.resolve(folder)).stream()
                .anyMatch(path -> stamped.matcher(path.getFileName().toString()).matches()));
        List<Path> found = Folders.entries(inbox.resolve(folder)).stream()
                .filter(path -> stamped.matcher(path.getFileName().toString()).matches()).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + name + " in " + folder + "/, found " + found);
        }
        return found.get(0);
    }

    /**
     * Returns once the watcher has looked at the whole inbox again since this was called: two loose files
     * put in one after the other are each reported when a listing of the inbox sees them, and the second
     * only by a listing that began after the first one's — with its look at every drop — was done.
     */
    void lookedAgain() throws IOException {
        for (int i = 0; i < 2; i++) {
            String name = "look-" + looks.incrementAndGet() + ".txt";
            Files.writeString(inbox.resolve(name), "");
            await().atMost(PATIENCE).until(() -> log().contains("leaving the file " + name + " alone"));
        }
    }

    String log() throws IOException {
        Path log = state.resolve("logs/support-billing.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Stops it as Ctrl-C would and returns its exit code. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(PATIENCE.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("watch did not stop");
        }
        return exitCode;
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            stop();
        }
    }

    /** A drop written as a producer writes it: the files, then (optionally) the _READY marker. */
    static Path drop(Path inbox, String name, Path from, boolean ready) throws IOException {
        Path staging = inbox.resolveSibling("staging-" + name);
        PublishedMonth.copy(from, staging);
        Path drop = Files.move(staging, inbox.resolve(name));
        if (ready) {
            Files.createFile(drop.resolve("_READY"));
        }
        return drop;
    }
}
