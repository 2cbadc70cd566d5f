package com.supportbilling.intake.csv;

import com.supportbilling.intake.InputRefusedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /**
     * The header of {@code file}, refused when it names a column twice (D57): which of the two holds the
     * amount or the payer would be a guess.
     */
    public static CsvHeader of(String file, List<String> names) {
        CsvHeader header = new CsvHeader(names);
        Set<String> seen = new HashSet<>();
        for (String name : header.names) {
            if (!name.isEmpty() && !seen.add(name)) {
                throw new InputRefusedException(file + " names the column " + name + " twice in its header line; "
                        + "keep one, so that it is clear which one holds the values.");
            }
        }
        return header;
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
