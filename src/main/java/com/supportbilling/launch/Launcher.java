package com.supportbilling.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The main class of {@code target/support-billing.jar} (D137). The build puts this package at the jar's root,
 * beside Spring Boot's loader, so that {@code java -jar} starts the prepared JVM ({@link PreparedJvm}) before
 * anything opens the jars inside: that costs the first JVM nothing but its own start. When this process is
 * to bill itself, Spring Boot's launcher starts the application as it would have without this class. A
 * {@code -Djarmode} (the build's {@code extract}) is always Spring Boot's.
 */
public final class Launcher {

    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        Optional<Integer> billedThere = System.getProperty("jarmode") == null ? PreparedJvm.billThere(args)
                : Optional.empty();
        if (billedThere.isPresent()) {
            System.exit(billedThere.get());
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
