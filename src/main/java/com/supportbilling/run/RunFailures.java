package com.supportbilling.run;

import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.resources.DiskSpace;
import com.supportbilling.resources.ResourceShortageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Turns what made a run fail into its exit code and the one sentence the operator reads (D51): input
 * refused (3), the machine lacking disk, memory or a usable folder (5, where running the same command
 * unchanged would fail the same way), a database out of reach, or anything else (1, resumed by the
 * same command). The stack trace stays in the log.
 */
final class RunFailures {

    private static final String NOTHING_PUBLISHED = "Nothing was published";

    private final YearMonth month;
    private final String database;
    private final List<Path> folders;

    /**
     * @param database the database in words, e.g. "PostgreSQL at db.internal:5432"
     * @param folders the folders the run writes, to name the full one
     */
    RunFailures(YearMonth month, String database, List<Path> folders) {
        this.month = month;
        this.database = database;
        this.folders = List.copyOf(folders);
    }

    RunOutcome of(Throwable error) {
        Optional<InputRefusedException> refused = find(error, InputRefusedException.class);
        if (refused.isPresent()) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, refused.get().getMessage());
        }
        Optional<CatalogVersion.UnknownPlanException> unpriced = find(error, CatalogVersion.UnknownPlanException.class);
        if (unpriced.isPresent()) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, "The catalog cannot price " + month + ": "
                    + unpriced.get().getMessage() + ". " + NOTHING_PUBLISHED + "; add the plan to that catalog version "
                    + "(or correct the plan event), then run again.");
        }
        Optional<ResourceShortageException> shortage = find(error, ResourceShortageException.class);
        if (shortage.isPresent()) {
            return RunOutcome.failed(ExitCode.NEEDS_RESOURCES, shortage.get().getMessage());
        }
        if (find(error, OutOfMemoryError.class).isPresent()) {
            return RunOutcome.failed(ExitCode.NEEDS_RESOURCES, "Billing " + month + " ran out of memory with a heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB. " + NOTHING_PUBLISHED + "; give it more "
                    + "(JAVA_OPTS=-Xmx1g for bin/support-billing, java -Xmx1g -jar … otherwise), or lower "
                    + "--billing.usage-memory so that the duplicate check spills to disk sooner, then run the same "
                    + "command again.");
        }
        Optional<IOException> io = find(error, IOException.class);
        if (io.isPresent() && DiskSpace.isFull(io.get())) {
            return RunOutcome.failed(ExitCode.NEEDS_RESOURCES, "Billing " + month + " failed: the disk is full"
                    + fullFolder().map(folder -> " under " + folder).orElse("") + ". " + NOTHING_PUBLISHED
                    + ". Free space there, then run the same command again: it resumes.");
        }
        Optional<FileSystemException> folder = find(error, FileSystemException.class);
        if (folder.isPresent() && (folder.get() instanceof NotDirectoryException
                || folder.get() instanceof AccessDeniedException)) {
            return RunOutcome.failed(ExitCode.NEEDS_RESOURCES, "Billing " + month + " cannot write "
                    + folder.get().getFile() + ": " + describe(folder.get()) + ". " + NOTHING_PUBLISHED
                    + ". Fix that path, then run the same command again.");
        }
        if (isConnectionLost(error)) {
            return RunOutcome.failed(ExitCode.FAILED, "Billing " + month + " lost its database, " + database
                    + " (" + rootMessage(error) + "). " + NOTHING_PUBLISHED + "; when the database is back, run the "
                    + "same command again: it resumes where it stopped.");
        }
        String reason = rootMessage(error);
        String sentence = reason.contains(NOTHING_PUBLISHED) ? reason
                : reason + " " + NOTHING_PUBLISHED + "; run the same command again to resume.";
        return RunOutcome.failed(ExitCode.FAILED, "Billing " + month + " failed: " + sentence);
    }

    /** The database could not be reached, or went away under the run. */
    static boolean isConnectionLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The folder of the run whose disk is (nearly) full, if one is. */
    private Optional<Path> fullFolder() {
        List<Path> full = new ArrayList<>();
        for (Path folder : folders) {
            try {
                DiskSpace.require(folder, 1024 * 1024, "", "");
            } catch (ResourceShortageException e) {
                full.add(folder);
            }
        }
        return full.stream().findFirst();
    }

    private static String describe(FileSystemException error) {
        if (error instanceof NotDirectoryException) {
            return "a file stands where a folder should be";
        }
        return "permission denied";
    }

    /** The first error of {@code type} in the chain, walked once. */
    static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** The deepest error's message, as a sentence. */
    static String rootMessage(Throwable error) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return message.endsWith(".") ? message : message + ".";
    }
}
