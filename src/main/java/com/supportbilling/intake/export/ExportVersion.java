package com.supportbilling.intake.export;

import com.supportbilling.intake.usage.UsageFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The version of a synced AWS export that a month is read from (D72): the export's kind, the manifest that
 * names it current, its id (legacy CUR's assemblyId, Data Exports' executionId) and its data files in the
 * manifest's order.
 */
public record ExportVersion(String kind, Path manifest, String manifestName, String id, List<UsageFile> files) {

    /** One sentence for the summary and the log. */
    public String describe() {
        return kind + " version " + id + ", as " + manifestName + " names it: " + files.size() + " data file"
                + (files.size() == 1 ? "" : "s");
    }
}
