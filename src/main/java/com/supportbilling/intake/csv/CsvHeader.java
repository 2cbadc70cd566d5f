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
    private final String file;
    /** The names given to more than one column. */
    private final Set<String> twice = new HashSet<>();

    public CsvHeader(List<String> names) {
        this(null, names);
    }

    private CsvHeader(String file, List<String> names) {
        this.file = file;
        this.names = names.stream().map(CsvHeader::normalize).toList();
        for (int i = 0; i < this.names.size(); i++) {
            if (index.putIfAbsent(this.names.get(i), i) != null && !this.names.get(i).isEmpty()) {
                twice.add(this.names.get(i));
            }
        }
    }

    /**
     * The header of {@code file}. A column the job reads may be named only once: looking it up refuses the file
     * when it is named twice (D57), since which of the two holds the amount or the payer would be a guess. Columns
     * the job does not read may repeat (a report's tags differing only in case, say).
     */
    public static CsvHeader of(String file, List<String> names) {
        return new CsvHeader(file, names);
    }

    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public int size() {
        return names.size();
    }

    /** The column's position, or -1. */
    public int indexOf(String name) {
        String normalized = normalize(name);
        if (twice.contains(normalized)) {
            throw new InputRefusedException(file + " names the column " + normalized + " twice in its header line; "
                    + "keep one, so that it is clear which one holds the values.");
        }
        return index.getOrDefault(normalized, -1);
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
