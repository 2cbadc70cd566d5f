package com.supportbilling.intake.reference;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.timeline.PlanEvent;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.RowShape;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** subscriptions.csv: the full history of dated plan events (R3). */
public final class SubscriptionsFile {

    public static final String NAME = "subscriptions.csv";
    static final List<String> REQUIRED = List.of("account_id", "effective_date", "plan_code");

    private SubscriptionsFile() {
    }

    public static Result read(Path path, Catalog catalog, Set<AccountId> knownAccounts) {
        try (CsvFile file = CsvFile.openRequired(path, REQUIRED)) {
            CsvHeader header = file.header();
            List<Rejection> rejections = new ArrayList<>();
            Map<EventDay, List<Row>> byDay = new LinkedHashMap<>();
            long rows = RowShape.readAll(file, rejections,
                    record -> parse(file.name(), header, record, catalog, knownAccounts, byDay));
            List<PlanEvent> events = new ArrayList<>();
            for (List<Row> sameDay : byDay.values()) {
                if (sameDay.size() == 1) {
                    events.add(sameDay.get(0).event());
                } else {
                    // R10: two events of one account on one date conflict, and none of them wins
                    String lines = sameDay.stream().map(row -> String.valueOf(row.record().lineNumber()))
                            .collect(Collectors.joining(", "));
                    for (Row row : sameDay) {
                        rejections.add(Rejection.of(file.name(), row.record(), RejectReason.CONFLICTING_EVENTS,
                                "account " + row.event().account() + " has " + sameDay.size() + " events on "
                                        + row.event().effectiveDate() + " (lines " + lines + "); none is used"));
                    }
                }
            }
            rejections.sort(Comparator.comparingLong(Rejection::lineNumber));
            return new Result(events, rejections, rows);
        }
    }

    private static Optional<Rejection> parse(String file, CsvHeader header, CsvRecord record, Catalog catalog,
            Set<AccountId> knownAccounts, Map<EventDay, List<Row>> byDay) {
        String id = header.value(record, "account_id");
        if (!AccountId.isValid(id)) {
            return Optional.of(Rejection.of(file, record, RejectReason.INVALID_ACCOUNT_ID,
                    "account_id '" + id + "' is not 12 digits"));
        }
        String date = header.value(record, "effective_date");
        LocalDate effective;
        try {
            effective = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return Optional.of(Rejection.of(file, record, RejectReason.INVALID_DATE,
                    "effective_date '" + date + "' is not a date YYYY-MM-DD"));
        }
        String code = header.value(record, "plan_code");
        if (code.isEmpty() || !catalog.knows(new PlanCode(code))) {
            return Optional.of(Rejection.of(file, record, RejectReason.UNKNOWN_PLAN,
                    "plan_code '" + code + "' is not in the catalog"));
        }
        AccountId account = new AccountId(id);
        if (!knownAccounts.contains(account)) {
            return Optional.of(Rejection.of(file, record, RejectReason.UNKNOWN_ACCOUNT,
                    "account " + id + " is not in accounts.csv"));
        }
        PlanEvent event = new PlanEvent(account, effective, new PlanCode(code));
        byDay.computeIfAbsent(new EventDay(account, effective), key -> new ArrayList<>()).add(new Row(event, record));
        return Optional.empty();
    }

    private record EventDay(AccountId account, LocalDate date) {
    }

    private record Row(PlanEvent event, CsvRecord record) {
    }

    /** The usable events, the rejected rows by line, and the number of rows read. */
    public record Result(List<PlanEvent> events, List<Rejection> rejections, long rowsRead) {
    }
}
