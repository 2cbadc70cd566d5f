package com.supportbilling.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A month of input big enough for a run to be caught in the act: many payers, many usage lines. */
final class GeneratedMonth {

    private static final String[] PLANS = {"BASIC", "DEVELOPER", "BUSINESS", "ENTERPRISE_ON_RAMP", "ENTERPRISE"};

    private GeneratedMonth() {
    }

    /** March 2026: {@code payers} payers of two accounts each, {@code lines} usage lines, deterministic. */
    static Path write(Path dir, int payers, int lines) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        try (BufferedWriter accounts = Files.newBufferedWriter(dir.resolve("accounts.csv"));
                BufferedWriter events = Files.newBufferedWriter(dir.resolve("subscriptions.csv"))) {
            accounts.write("account_id,account_name,payer_account_id,country\n");
            events.write("account_id,effective_date,plan_code\n");
            for (int p = 0; p < payers; p++) {
                String payer = account(2 * p);
                String member = account(2 * p + 1);
                String country = p % 3 == 0 ? "DE" : "US";
                accounts.write(payer + ",Payer " + p + "," + payer + "," + country + "\n");
                accounts.write(member + ",Member " + p + "," + payer + "," + country + "\n");
                String plan = PLANS[p % PLANS.length];
                events.write(payer + ",2025-12-01," + plan + "\n");
                events.write(member + ",2026-01-01," + plan + "\n");
                if (p % 7 == 0) {
                    events.write(member + ",2026-03-" + (10 + p % 15) + "," + PLANS[(p + 2) % PLANS.length] + "\n");
                }
            }
        }
        Files.writeString(dir.resolve("tax-rates.csv"), "country,rate\nUS,0\nDE,0.19\n");
        try (BufferedWriter usage = Files.newBufferedWriter(dir.resolve("usage-2026-03.csv"))) {
            usage.write("line_item_id,account_id,usage_date,service,charge_type,amount,currency\n");
            for (int i = 0; i < lines; i++) {
                usage.write("g" + i + "," + account(random.nextInt(2 * payers)) + ",2026-03-"
                        + String.format("%02d", 1 + random.nextInt(31)) + ",AmazonEC2,USAGE,"
                        + random.nextInt(100000) + "." + String.format("%04d", random.nextInt(10000)) + ",USD\n");
            }
        }
        return dir;
    }

    static String account(int n) {
        return String.format("%012d", 500000000000L + n);
    }
}
