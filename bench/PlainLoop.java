import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first baseline of the benchmark: a plain single-threaded loop over a month's native usage files that splits
 * each line by hand, parses the amount as BigDecimal, detects duplicate line item ids with a
 * HashSet&lt;String&gt; and sums the amounts per account in a HashMap&lt;String, BigDecimal&gt;.
 *
 * <pre>
 * java bench/PlainLoop.java INPUT_DIR        (reads INPUT_DIR/usage*.csv in name order)
 * java bench/PlainLoop.java FILE...          (reads the files in the order given)
 * </pre>
 *
 * No validation beyond that: a row without the seven fields, or whose amount is not a number, is
 * counted as bad and skipped. Prints lines, bad rows, duplicates, distinct accounts, the grand total
 * and the loop's own time (the JVM's start is not in it; the benchmark times the whole process).
 */
public class PlainLoop {

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java bench/PlainLoop.java INPUT_DIR | FILE...");
            System.exit(2);
        }
        List<Path> files = files(args);
        if (files.isEmpty()) {
            System.err.println("PlainLoop: no usage*.csv in " + args[0]);
            System.exit(2);
        }
        long started = System.nanoTime();
        Set<String> seen = new HashSet<>();
        Map<String, BigDecimal> perAccount = new HashMap<>();
        long lines = 0;
        long bad = 0;
        long duplicates = 0;
        int[] comma = new int[6];
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = reader.readLine();
                if (header == null) {
                    continue;
                }
                int[] column = columns(file, header);
                int idColumn = column[0];
                int accountColumn = column[1];
                int amountColumn = column[2];
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines++;
                    // split by hand: the positions of the six commas of a seven-field row
                    int found = 0;
                    for (int at = line.indexOf(','); at >= 0 && found < 6; at = line.indexOf(',', at + 1)) {
                        comma[found++] = at;
                    }
                    if (found < 6 || line.indexOf(',', comma[5] + 1) >= 0) {
                        bad++;
                        continue;
                    }
                    String id = field(line, comma, idColumn);
                    String account = field(line, comma, accountColumn);
                    BigDecimal amount;
                    try {
                        amount = new BigDecimal(field(line, comma, amountColumn));
                    } catch (NumberFormatException e) {
                        bad++;
                        continue;
                    }
                    if (!seen.add(id)) {
                        duplicates++;
                        continue;
                    }
                    perAccount.merge(account, amount, BigDecimal::add);
                }
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal sum : perAccount.values()) {
            total = total.add(sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "files            %d%n", files.size());
        System.out.printf(Locale.ROOT, "lines            %d%n", lines);
        System.out.printf(Locale.ROOT, "bad rows         %d%n", bad);
        System.out.printf(Locale.ROOT, "duplicates       %d%n", duplicates);
        System.out.printf(Locale.ROOT, "distinct ids     %d%n", seen.size());
        System.out.printf(Locale.ROOT, "distinct accounts %d%n", perAccount.size());
        System.out.printf(Locale.ROOT, "grand total      %s%n", total.toPlainString());
        System.out.printf(Locale.ROOT, "loop seconds     %.2f (%.0f lines/s)%n", seconds, lines / seconds);
    }

    private static String field(String line, int[] comma, int column) {
        int from = column == 0 ? 0 : comma[column - 1] + 1;
        int to = column == 6 ? line.length() : comma[column];
        return line.substring(from, to);
    }

    /** The positions of line_item_id, account_id and amount in a native header. */
    private static int[] columns(Path file, String header) {
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        String[] names = header.split(",", -1);
        int[] column = {-1, -1, -1};
        for (int i = 0; i < names.length; i++) {
            switch (names[i].strip().toLowerCase(Locale.ROOT)) {
                case "line_item_id" -> column[0] = i;
                case "account_id" -> column[1] = i;
                case "amount" -> column[2] = i;
                default -> {
                }
            }
        }
        if (names.length != 7 || column[0] < 0 || column[1] < 0 || column[2] < 0) {
            throw new IllegalArgumentException(file + ": not a seven-column native usage header: " + header);
        }
        return column;
    }

    private static List<Path> files(String[] args) throws IOException {
        if (args.length == 1 && Files.isDirectory(Paths.get(args[0]))) {
            try (Stream<Path> list = Files.list(Paths.get(args[0]))) {
                return list.filter(p -> p.getFileName().toString().startsWith("usage") && p.toString().endsWith(".csv"))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            }
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(Paths.get(arg));
        }
        return files;
    }
}
