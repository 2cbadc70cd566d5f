package com.supportbilling.output;

/** Working files in the staging folder that the summary folds into the published files. */
public enum StagedPart {
    REFERENCE_REJECTS("rejects-reference.csv.part"),
    USAGE_REJECTS("rejects-usage.csv.part"),
    /** Duplicates found when suspects are settled, after the usage's other rejects. */
    USAGE_LATE_REJECTS("rejects-usage-late.csv.part"),
    WARNINGS("warnings.txt.part");

    private final String fileName;

    StagedPart(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
