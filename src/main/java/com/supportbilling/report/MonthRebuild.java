package com.supportbilling.report;

import com.supportbilling.billed.BilledMonthReader;
import com.supportbilling.billed.MonthRows;
import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.reference.ReferenceDataLoader;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.ledger.RunRecord;
import com.supportbilling.output.OutputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * {@code report}: writes report.html and the documents of a month already billed again, into its
 * published folder, from its published files, the ledger and the input it was billed from (the
 * accounts' names, the plan changes, the catalog's prices). Bills nothing: for a changed template,
 * seller address or language.
 */
@Component
public class MonthRebuild {

    private final Ledger ledger;
    private final MonthReadables readables;

    public MonthRebuild(Ledger ledger, MonthReadables readables) {
        this.ledger = ledger;
        this.readables = readables;
    }

    /** What the operator asked: the month, where it is published, and where its input is now, if moved. */
    public record Request(YearMonth month, Path output, Path input, Path catalog) {
    }

    /** What was rebuilt: the published folder of the latest revision, with what {@link MonthReadables} wrote. */
    public record Rebuilt(Path folder, int revision, MonthReadables.Written written) {
    }

    /** The month cannot be rebuilt as asked: it is not billed in this state, or not where it was said to be. */
    public static final class NothingToRebuildException extends RuntimeException {
        NothingToRebuildException(String sentence) {
            super(sentence);
        }
    }

    public Rebuilt rebuild(Request request) {
        RunRecord billed = ledger.latestCompleted(request.month()).orElseThrow(() -> new NothingToRebuildException(
                request.month() + " has not been billed with this state: there is nothing to rebuild. Bill it with run, "
                        + "or point --state at the state that billed it."));
        Path folder = request.output().toAbsolutePath().resolve(request.month().toString());
        if (!Files.isRegularFile(folder.resolve(OutputFile.SUMMARY.fileName()))) {
            throw new NothingToRebuildException(folder + " holds no published month: point --output at the folder "
                    + request.month() + " was published in (" + billed.outputFolder() + " when it was billed).");
        }
        int published = BilledMonthReader.read(MonthRows.of(folder)).revision();
        if (published != billed.revision()) {
            throw new NothingToRebuildException(folder + " holds revision " + published + " of " + request.month()
                    + ", but this state billed revision " + billed.revision() + " last: point --output and --state at "
                    + "the same billing.");
        }
        Path input = request.input() != null ? request.input() : Path.of(billed.inputFolder());
        if (!Files.isDirectory(input)) {
            throw new InputRefusedException("The input folder " + input + " that " + request.month() + " was billed from "
                    + "is gone; the report needs its accounts.csv, subscriptions.csv and catalog: pass --input DIR with "
                    + "a copy of it.");
        }
        MonthReadables.Written written = readables.write(folder,
                ReferenceDataLoader.load(new InputFolder(input, request.catalog(), request.month())));
        return new Rebuilt(folder, billed.revision(), written);
    }
}
