package com.supportbilling.output;

/** Working files in the staging folder that the summary folds into the published files. */
public enum StagedPart {
    REFERENCE_REJECTS("rejects-reference.csv.part"),
    USAGE_REJECTS("rejects-usage.csv.part"),
    WARNINGS("warnings.txt.part");

    private final String fileName;

    StagedPart(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
