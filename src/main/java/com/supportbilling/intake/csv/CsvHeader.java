package com.supportbilling.intake.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row: columns matched by name, case-insensitively, in any order; unknown ones ignored. */
public final class CsvHeader {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public CsvHeader(List<String> names) {
        this.names = names.stream().map(CsvHeader::normalize).toList();
        for (int i = 0; i < this.names.size(); i++) {
            index.putIfAbsent(this.names.get(i), i);
        }
    }

    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public int size() {
        return names.size();
    }

    /** The column's position, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(normalize(name), -1);
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The columns of {@code required} this header lacks. */
    public List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!has(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** The stripped value of a column in a record, "" when the column is absent. */
    public String value(CsvRecord record, String name) {
        int i = indexOf(name);
        return i < 0 || i >= record.fields().size() ? "" : record.fields().get(i).strip();
    }

    public List<String> names() {
        return names;
    }
}
