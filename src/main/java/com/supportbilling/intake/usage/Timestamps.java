package com.supportbilling.intake.usage;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * AWS timestamps as reports write them: ISO 8601 in its extended form, with a {@code T} or — as Athena and
 * some tools write them — a space between date and time (D24); without an offset, a time is UTC.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant, or a {@link DateTimeParseException}. */
    static OffsetDateTime parse(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
        }
    }
}
