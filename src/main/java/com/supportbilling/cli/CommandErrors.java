package com.supportbilling.cli;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.logging.Sentences;
import com.supportbilling.resources.ResourceShortageException;
import com.supportbilling.run.ExitCode;
import com.supportbilling.state.BillingState;
import com.supportbilling.state.DatabaseNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What a command says when it cannot do its work, in one sentence with its exit code (D51): a setting
 * that cannot be read is a bad argument (2), an input file refused (a catalog that is missing or unusable) exit 3
 * with the sentence that names it, a state held by another process exit 4, a machine short of disk or memory
 * exit 5, a database out of reach exit 1 naming it. The stack trace goes to the log, once the application has
 * one (nowhere before, {@link com.supportbilling.logging.NothingOnTheTerminalBeforeSpring}).
 */
final class CommandErrors {

    private CommandErrors() {
    }

    static int report(Throwable error, PrintWriter err, String databaseUrl, Path stateDir) {
        LoggerFactory.getLogger(CommandErrors.class).error("command failed", error);
        Report report = classify(error, databaseUrl, stateDir);
        err.println(report.sentence());
        err.flush();
        return report.exitCode().code();
    }

    record Report(ExitCode exitCode, String sentence) {
    }

    static Report classify(Throwable error, String databaseUrl, Path stateDir) {
        if (find(error, BillingState.StateInUseException.class).isPresent()) {
            return new Report(ExitCode.ALREADY_BILLED, find(error, BillingState.StateInUseException.class).get().getMessage());
        }
        Optional<BindException> setting = find(error, BindException.class);
        if (setting.isPresent()) {
            BindException bind = setting.get();
            Object value = bind.getProperty() == null ? null : bind.getProperty().getValue();
            return new Report(ExitCode.BAD_ARGUMENTS, "The setting --" + bind.getName()
                    + (value == null ? "" : "=" + value) + " cannot be used: " + reason(bind) + ".");
        }
        if (databaseUrl != null && !databaseUrl.isBlank() && !DatabaseNames.isSupported(databaseUrl)) {
            return new Report(ExitCode.BAD_ARGUMENTS, "--spring.datasource.url=" + databaseUrl + " is not a database "
                    + "this application can use: give a PostgreSQL URL, jdbc:postgresql://HOST:5432/DATABASE, or leave it "
                    + "out for the embedded state.");
        }
        Optional<InputRefusedException> refused = find(error, InputRefusedException.class);
        if (refused.isPresent()) {
            return new Report(ExitCode.INPUT_REFUSED, refused.get().getMessage());
        }
        Optional<ResourceShortageException> shortage = find(error, ResourceShortageException.class);
        if (shortage.isPresent()) {
            return new Report(ExitCode.NEEDS_RESOURCES, shortage.get().getMessage());
        }
        if (find(error, CannotGetJdbcConnectionException.class).isPresent()
                || find(error, SQLException.class).filter(sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                        .isPresent()) {
            return new Report(ExitCode.FAILED, "Cannot reach the database, " + DatabaseNames.describe(databaseUrl, stateDir)
                    + ": " + Sentences.root(error) + " Nothing was billed; when it is reachable, run the same command again.");
        }
        return new Report(ExitCode.FAILED, Sentences.of(error));
    }

    private static String reason(BindException bind) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(bind);
        String message = cause == bind || cause.getMessage() == null ? "its value is not valid" : cause.getMessage().strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
