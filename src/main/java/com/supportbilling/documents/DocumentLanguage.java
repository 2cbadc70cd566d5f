package com.supportbilling.documents;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The languages documents are written in, each with its words ({@code documents/words_<code>.properties}). */
public enum DocumentLanguage {
    EN(Locale.ENGLISH, "MMMM yyyy"),
    KO(Locale.KOREAN, "yyyy년 M월");

    private final Locale locale;
    private final DateTimeFormatter monthFormat;
    private final ResourceBundle words;

    DocumentLanguage(Locale locale, String monthPattern) {
        this.locale = locale;
        this.monthFormat = DateTimeFormatter.ofPattern(monthPattern, locale);
        this.words = ResourceBundle.getBundle("documents.words", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code en} or {@code ko}, in any case; anything else is refused with the values allowed. */
    public static DocumentLanguage of(String code) {
        for (DocumentLanguage language : values()) {
            if (language.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("billing.documents.locale is en or ko, not '" + code + "'");
    }

    /** The words under {@code key}, with {@code {0}}, {@code {1}}… filled in (all arguments are text). */
    public String say(String key, Object... arguments) {
        String pattern = words.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public String month(YearMonth month) {
        return month.format(monthFormat);
    }
}
