package com.supportbilling.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL 17 server for the tests, started once per test JVM from the binaries Maven
 * brings (io.zonky.test), and stopped when the JVM ends. Each test gets a database of its own.
 */
public final class Postgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    /** A fresh, empty database: the Spring arguments that point the job at it. */
    public static List<String> newDatabaseArguments() {
        return arguments(newDatabaseUrl());
    }

    /** The Spring arguments that point the job at the database {@code url} of this server. */
    public static List<String> arguments(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
    }

    /** A fresh, empty database for a Spring test context: its URL, user and password. */
    public static void newDatabaseFor(DynamicPropertyRegistry registry) {
        String url = newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** A fresh, empty database's JDBC URL (user and password: postgres). */
    public static synchronized String newDatabaseUrl() {
        String name = "billing_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
