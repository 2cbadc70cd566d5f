package com.supportbilling.settings;

/** How progress is shown ({@code billing.progress}): on the terminal, as log lines, not at all, or as fits (D37). */
public enum ProgressMode {
    /** The terminal when the process has one, else the log. */
    AUTO,
    TERMINAL,
    LOG,
    OFF
}
