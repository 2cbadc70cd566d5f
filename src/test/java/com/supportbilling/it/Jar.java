package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The packaged application, started as operators and cron start it: {@code java -jar}. */
final class Jar {

    static final Path JAR = Path.of("target/support-billing.jar");

    private Jar() {
    }

    /** Starts it with the given arguments; stdout and stderr go to {@code <logs>/<name>.out} and {@code .err}. */
    static Process start(Path logs, String name, String... args) throws IOException {
        return start(logs, name, List.of(), args);
    }

    /** Likewise, with options for the JVM. */
    static Process start(Path logs, String name, List<String> jvmOptions, String... args) throws IOException {
        return start(JAR, logs, name, jvmOptions, args);
    }

    /** Likewise, a copy of it. */
    static Process start(Path jar, Path logs, String name, List<String> jvmOptions, String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (integration tests run after package)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        return new ProcessBuilder(command)
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile())
                .start();
    }

    static String err(Path logs, String name) throws IOException {
        return Files.readString(logs.resolve(name + ".err"));
    }

    static String out(Path logs, String name) throws IOException {
        return Files.readString(logs.resolve(name + ".out"));
    }
}
