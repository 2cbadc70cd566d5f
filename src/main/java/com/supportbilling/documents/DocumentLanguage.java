package com.supportbilling.documents;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The languages documents are written in, each with its words ({@code documents/words_<code>.properties}). */
public enum DocumentLanguage {
    EN(Locale.ENGLISH, "MMMM yyyy"),
    KO(Locale.KOREAN, "yyyy년 M월");

    private final DateTimeFormatter monthFormat;
    private final Map<String, List<Object>> words = new HashMap<>();

    DocumentLanguage(Locale locale, String monthPattern) {
        this.monthFormat = DateTimeFormatter.ofPattern(monthPattern, locale);
        ResourceBundle bundle = ResourceBundle.getBundle("documents.words", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        bundle.keySet().forEach(key -> words.put(key, parts(bundle.getString(key))));
    }

    /** The text of a pattern cut at its places: strings as they are, places as their argument index. */
    private static List<Object> parts(String pattern) {
        List<Object> parts = new ArrayList<>();
        Matcher place = Pattern.compile("\\{(\\d)}").matcher(pattern);
        int from = 0;
        while (place.find()) {
            parts.add(pattern.substring(from, place.start()));
            parts.add(Integer.parseInt(place.group(1)));
            from = place.end();
        }
        parts.add(pattern.substring(from));
        return List.copyOf(parts);
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

    /** The words under {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments as text. */
    public String say(String key, Object... arguments) {
        List<Object> parts = words.get(key);
        if (parts == null) {
            throw new IllegalArgumentException("no words for " + key + " in " + this);
        }
        StringBuilder text = new StringBuilder(64);
        for (Object part : parts) {
            text.append(part instanceof Integer index ? String.valueOf(arguments[index]) : part);
        }
        return text.toString();
    }

    public String month(YearMonth month) {
        return month.format(monthFormat);
    }
}
