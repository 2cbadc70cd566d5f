package com.supportbilling.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.run.ExitCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * D137: the launch package runs from the jar's root, where only the JDK and Spring Boot's loader are on the
 * class path, so its classes may name no other class of the application or of a library.
 */
class LauncherTest {

    /** A class's name as its constant pool holds it, e.g. {@code com/supportbilling/run/ExitCode}. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?<![a-zA-Z0-9_/$])(?:com|org|io|tools|picocli|jakarta)/[a-zA-Z0-9_/$]+");

    @Test
    void itsClassesNameNoClassBeyondTheJdkAndThisPackage() throws Exception {
        List<Path> classes = launchClasses();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : classes) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher named = CLASS_NAME.matcher(constants);
            while (named.find()) {
                assertThat(named.group()).as(file.getFileName() + " names a class outside the JDK")
                        .startsWith("com/supportbilling/launch/");
            }
        }
    }

    @Test
    void theScannerSeesAClassOfTheApplication() throws Exception {
        Path file = Path.of(ExitCode.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("com/supportbilling/cli/BillingCommandLine.class");
        Matcher named = CLASS_NAME.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        assertThat(named.results().map(match -> match.group())).contains("com/supportbilling/launch/PreparedJvm");
    }

    @Test
    void itsOwnCopiesOfTheApplicationsConstantsAgree() {
        assertThat(PreparedJvm.STOPPED).isEqualTo(ExitCode.STOPPED.code());
    }

    private static List<Path> launchClasses() throws IOException, URISyntaxException {
        Path folder = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("com/supportbilling/launch");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".class")).toList();
        }
    }
}
