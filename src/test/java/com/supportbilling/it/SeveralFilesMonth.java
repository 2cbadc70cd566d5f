package com.supportbilling.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * {@link GeneratedMonth} with two more usage files read before it (names sort before
 * {@code usage-2026-03.csv}): a CSV repeating some of its line item ids — which then count here and are
 * duplicates there, R10 across files and partitions — and ids repeated within itself, with quoted fields
 * holding line breaks and bad rows; and a gzip file (one partition, read whole) repeating both.
 */
final class SeveralFilesMonth {

    private SeveralFilesMonth() {
    }

    static Path write(Path dir, int payers, int lines) throws IOException {
        GeneratedMonth.write(dir, payers, lines);
        Random random = new Random(7);
        StringBuilder gz = new StringBuilder("line_item_id,account_id,usage_date,service,charge_type,amount,currency\n");
        try (BufferedWriter usage = Files.newBufferedWriter(dir.resolve("usage-2026-03-a.csv"))) {
            usage.write("line_item_id,account_id,usage_date,service,charge_type,amount,currency\r\n");
            for (int i = 0; i < lines / 2; i++) {
                String id = switch (random.nextInt(400)) {
                    case 0 -> "g" + random.nextInt(lines);
                    case 1 -> "h" + random.nextInt(i + 1);
                    default -> "h" + i;
                };
                String service = random.nextInt(200) == 0 ? "\"Amazon\nElastic, \"\"Compute\"\"\"" : "AmazonS3";
                String amount = random.nextInt(500) == 0 ? "12,5" : random.nextInt(1000) + "." + random.nextInt(100);
                String account = random.nextInt(700) == 0 ? "999999999999" : GeneratedMonth.account(random.nextInt(2 * payers));
                String row = String.join(",", id, account, "2026-03-" + String.format("%02d", 1 + random.nextInt(31)),
                        service, "USAGE", amount, "USD");
                usage.write(row + (random.nextInt(10) == 0 ? "\n" : "\r\n"));
                if (random.nextInt(200) == 0) {
                    gz.append(row).append('\n');
                }
            }
        }
        for (int i = 0; i < lines / 400; i++) {
            gz.append("g").append(random.nextInt(lines)).append(',').append(GeneratedMonth.account(random.nextInt(2 * payers)))
                    .append(",2026-03-15,AmazonEC2,USAGE,1.25,USD\n");
        }
        try (var out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dir.resolve("usage-2026-03-b.csv.gz"))),
                StandardCharsets.UTF_8)) {
            out.write(gz.toString());
        }
        return dir;
    }
}
