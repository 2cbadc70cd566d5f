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

    /** Starts {@code run} with the given arguments; stdout and stderr go to files beside the state. */
    static Process start(Path logs, String name, String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (integration tests run after package)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
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
}
