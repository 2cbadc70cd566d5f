package com.supportbilling.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, as a person's browser opening a local file: no network, a fresh profile
 * each time. .ci/run installs the {@code chromium} package when it is absent.
 */
public final class HeadlessChromium {

    private final Path work;

    public HeadlessChromium(Path work) {
        this.work = work;
    }

    /** What Chromium printed and made. */
    public record Result(String out, String err) {
    }

    /** The page's DOM after it loaded. */
    public Result dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    /** A screenshot of the page, {@code width} × {@code height} pixels. */
    public Result screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
                page.toUri().toString()));
    }

    /** The page printed to PDF, as its print dialog would (paper size from the page's own CSS). */
    public Result printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        return run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()));
    }

    private Result run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = chromium.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            chromium.destroyForcibly();
        }
        Result result = new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(ended).as("Chromium ended within two minutes: %s", result.err()).isTrue();
        assertThat(chromium.exitValue()).as("Chromium's exit: %s", result.err()).isZero();
        return result;
    }

    private static String binary() {
        Optional<Path> found = Stream.of("chromium", "chromium-browser").flatMap(name -> Stream.of(
                        System.getenv().getOrDefault("PATH", "/usr/bin").split(":")).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
        assertThat(found).as("Debian's chromium package is installed (.ci/run installs it: apt-get install chromium)")
                .isPresent();
        return found.get().toString();
    }
}
