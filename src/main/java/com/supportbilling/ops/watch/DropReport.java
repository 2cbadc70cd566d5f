package com.supportbilling.ops.watch;

import com.supportbilling.resources.ThisProcess;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** The REPORT.txt a handled drop carries: what was done with it, in words, and what to do next. */
final class DropReport {

    private DropReport() {
    }

    /** The report of {@code drop}; {@code log} is the log file that holds the whole story of a failure. */
    static String of(Path drop, YearMonth month, DropResult result, OffsetDateTime handledAt, Path log) {
        StringBuilder text = new StringBuilder();
        text.append("drop      ").append(drop.getFileName()).append('\n');
        text.append("month     ").append(month).append('\n');
        text.append("received  ").append(drop).append('\n');
        text.append("handled   ").append(handledAt.withNano(0)).append(" by support-billing watch, pid ")
                .append(ThisProcess.pid()).append(" on ").append(hostName()).append('\n');
        text.append("result    ").append(result.exitCode().describe())
                .append(result.kind() == DropResult.Kind.BILLED_BEFORE ? ", billed before this watcher started" : "")
                .append("\n\n");
        switch (result.kind()) {
            case BILLED -> text.append(result.summary()).append('\n')
                    .append("The outputs are in ").append(result.outputs()).append(".\n");
            case BILLED_BEFORE -> text.append(result.sentence()).append('\n')
                    .append("The outputs are in ").append(result.outputs()).append(".\n");
            default -> text.append(result.sentence()).append("\n\n").append(nextStep(result, log)).append('\n');
        }
        return text.toString();
    }

    private static String nextStep(DropResult result, Path log) {
        return switch (result.exitCode()) {
            case ALREADY_BILLED -> "Nothing was billed from this drop. To bill the month again from it, run it by hand "
                    + "with --rerun: run --month … --input <this folder> --output … --rerun.";
            // the sentence says what to do: mostly a file to correct, sometimes a command to run by hand
            case INPUT_REFUSED -> "Nothing was billed from this drop. Do what the sentence says; when that is a change "
                    + "to its files, drop the corrected folder into the inbox again.";
            default -> "Nothing was published. To try again, move this folder back into the inbox; the full log "
                    + "is in " + log + ".";
        };
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
