package com.supportbilling.report;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.billed.MoneyText;
import com.supportbilling.billed.MonthSummary;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.invoice.LineType;
import com.supportbilling.core.money.Money;
import com.supportbilling.ledger.BilledHistory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds report.html's content from a billed month and what the ledger and the input tell about it. */
final class MonthReportBuilder {

    static final int TOP_PAYERS = 20;
    static final int TOP_CHANGES = 20;
    static final int ROWS_PER_GROUP = 25;
    static final int CORRECTIONS_SHOWN = 50;
    static final int MONTHS_SHOWN = 12;

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final BilledMonth billed;
    private final ReportInputs inputs;

    private MonthReportBuilder(BilledMonth billed, ReportInputs inputs) {
        this.billed = billed;
        this.inputs = inputs;
    }

    static MonthReport build(BilledMonth billed, ReportInputs inputs) {
        return new MonthReportBuilder(billed, inputs).build();
    }

    private MonthReport build() {
        MonthSummary summary = billed.summary();
        List<MonthReport.Amount> history = history();
        List<PayerChange> changes = changes();
        return new MonthReport(summary.billingMonth(), billed.month().format(MONTH_NAME), summary.revision(),
                summary.status(), summary.startedAt(), summary.endedAt(), summary.inputFolder(), figures(summary),
                summary.reconciliation().holds(),
                summary.reconciliation().checks().stream()
                        .map(check -> new MonthReport.Check(check.name(), check.holds(), check.detail())).toList(),
                BarChart.svg("Fees by plan", byPlanBars()), byPlan(), byLineType(),
                LineChart.svg("Invoiced before tax, last " + MONTHS_SHOWN + " billed months", historyPoints()), history,
                topPayers(), previousMonth(), changeCounts(changes), payerChanges(changes), planChanges(), commitments(), rejects(),
                rerun(), summary.warnings() == null ? List.of() : summary.warnings());
    }

    private static List<MonthReport.Figure> figures(MonthSummary summary) {
        return List.of(
                new MonthReport.Figure("invoices.count", "Invoices", count(summary.invoices().count())),
                new MonthReport.Figure("invoices.subtotal", "Subtotal", MoneyText.format(summary.invoices().subtotal())),
                new MonthReport.Figure("invoices.tax", "Tax", MoneyText.format(summary.invoices().tax())),
                new MonthReport.Figure("invoices.total", "Total", MoneyText.format(summary.invoices().total())),
                new MonthReport.Figure("refunds.count", "Refunds", count(summary.refunds().count())),
                new MonthReport.Figure("refunds.total", "Refunded with tax", MoneyText.format(summary.refunds().total())),
                new MonthReport.Figure("rows.read", "Rows read", count(summary.rows().read())),
                new MonthReport.Figure("rows.accepted", "Rows accepted", count(summary.rows().accepted())),
                new MonthReport.Figure("rows.rejected", "Rows rejected", count(summary.rows().rejected())));
    }

    private Map<PlanCode, BigDecimal> planTotals() {
        Map<PlanCode, BigDecimal> totals = new TreeMap<>();
        billed.invoices().forEach(invoice -> invoice.lines()
                .forEach(line -> totals.merge(line.plan(), line.amount(), BigDecimal::add)));
        return totals;
    }

    private List<MonthReport.Amount> byPlan() {
        return planTotals().entrySet().stream().sorted(Map.Entry.<PlanCode, BigDecimal>comparingByValue().reversed())
                .map(entry -> new MonthReport.Amount(inputs.planName(entry.getKey()), entry.getKey().value(),
                        MoneyText.format(entry.getValue())))
                .toList();
    }

    private List<BarChart.Bar> byPlanBars() {
        return planTotals().entrySet().stream().sorted(Map.Entry.<PlanCode, BigDecimal>comparingByValue().reversed())
                .map(entry -> new BarChart.Bar(inputs.planName(entry.getKey()), entry.getValue())).toList();
    }

    private List<MonthReport.TypeRow> byLineType() {
        Map<LineType, BigDecimal> amounts = new EnumMap<>(LineType.class);
        Map<LineType, Long> lines = new EnumMap<>(LineType.class);
        billed.invoices().forEach(invoice -> invoice.lines().forEach(line -> {
            amounts.merge(line.type(), line.amount(), BigDecimal::add);
            lines.merge(line.type(), 1L, Long::sum);
        }));
        List<MonthReport.TypeRow> rows = new ArrayList<>();
        amounts.forEach((type, amount) -> rows.add(new MonthReport.TypeRow(type.name(), lines.get(type),
                MoneyText.format(amount))));
        BigDecimal refunds = billed.refunds().stream().map(BilledMonth.Refund::amount).reduce(Money.ZERO, BigDecimal::add);
        if (!billed.refunds().isEmpty()) {
            rows.add(new MonthReport.TypeRow("REFUND", billed.refunds().size(), MoneyText.format(refunds.negate())));
        }
        return rows;
    }

    /** The months billed before this one, then this one: what their invoices billed before tax. */
    private Map<YearMonth, BigDecimal> invoicedByMonth() {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        List<BilledHistory.MonthTotal> before = inputs.monthsBefore();
        before.subList(Math.max(0, before.size() - (MONTHS_SHOWN - 1)), before.size())
                .forEach(total -> months.put(total.month(), total.invoiced()));
        months.put(billed.month(), billed.summary().invoices().subtotal());
        return months;
    }

    private List<MonthReport.Amount> history() {
        List<MonthReport.Amount> rows = new ArrayList<>();
        invoicedByMonth().forEach((month, amount) -> rows.add(new MonthReport.Amount(month.toString(), "",
                MoneyText.format(amount))));
        return rows;
    }

    private List<LineChart.Point> historyPoints() {
        List<LineChart.Point> points = new ArrayList<>();
        invoicedByMonth().forEach((month, amount) -> points.add(new LineChart.Point(month.format(SHORT_MONTH), amount)));
        return points;
    }

    private List<MonthReport.PayerRow> topPayers() {
        List<BilledMonth.Invoice> largest = billed.invoices().stream()
                .sorted(Comparator.comparing(BilledMonth.Invoice::total).reversed()
                        .thenComparing(BilledMonth.Invoice::payer))
                .limit(TOP_PAYERS).toList();
        List<MonthReport.PayerRow> rows = new ArrayList<>();
        for (BilledMonth.Invoice invoice : largest) {
            rows.add(new MonthReport.PayerRow(rows.size() + 1, invoice.payer().value(), inputs.name(invoice.payer()),
                    invoice.lines().size(), MoneyText.format(invoice.subtotal()), MoneyText.format(invoice.tax()),
                    MoneyText.format(invoice.total())));
        }
        return rows;
    }

    private String previousMonth() {
        List<BilledHistory.MonthTotal> before = inputs.monthsBefore();
        return before.isEmpty() ? "" : before.get(before.size() - 1).month().format(MONTH_NAME);
    }

    /** Each payer's invoiced amount before tax now and in the previous billed month, changed ones only. */
    private List<PayerChange> changes() {
        if (previousMonth().isEmpty()) {
            return List.of();
        }
        Map<AccountId, BigDecimal> now = new HashMap<>();
        billed.invoices().forEach(invoice -> now.merge(invoice.payer(), invoice.subtotal(), BigDecimal::add));
        Set<AccountId> payers = new HashSet<>(now.keySet());
        payers.addAll(inputs.previousByPayer().keySet());
        List<PayerChange> changes = new ArrayList<>();
        for (AccountId payer : payers) {
            BigDecimal before = inputs.previousByPayer().getOrDefault(payer, Money.ZERO);
            BigDecimal after = now.getOrDefault(payer, Money.ZERO);
            if (before.compareTo(after) != 0) {
                String kind = !inputs.previousByPayer().containsKey(payer) ? "new" : !now.containsKey(payer) ? "gone"
                        : after.compareTo(before) > 0 ? "grown" : "shrunk";
                changes.add(new PayerChange(payer, kind, before, after));
            }
        }
        changes.sort(Comparator.comparing((PayerChange change) -> change.difference().abs()).reversed()
                .thenComparing(PayerChange::payer));
        return changes;
    }

    private record PayerChange(AccountId payer, String kind, BigDecimal before, BigDecimal after) {
        BigDecimal difference() {
            return after.subtract(before);
        }
    }

    private List<MonthReport.Amount> changeCounts(List<PayerChange> changes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of("new", "grown", "shrunk", "gone").forEach(kind -> counts.put(kind, 0L));
        changes.forEach(change -> counts.merge(change.kind(), 1L, Long::sum));
        return previousMonth().isEmpty() ? List.of() : counts.entrySet().stream()
                .map(entry -> new MonthReport.Amount(entry.getKey(), "", count(entry.getValue()))).toList();
    }

    private List<MonthReport.ChangeRow> payerChanges(List<PayerChange> changes) {
        return changes.stream().limit(TOP_CHANGES)
                .map(change -> new MonthReport.ChangeRow(change.payer().value(), inputs.name(change.payer()),
                        change.kind(), MoneyText.format(change.before()), MoneyText.format(change.after()),
                        MoneyText.signed(change.difference())))
                .toList();
    }

    private List<MonthReport.PlanChangeGroup> planChanges() {
        Map<PlanChanges.Kind, List<PlanChanges.Change>> byKind = new EnumMap<>(PlanChanges.Kind.class);
        PlanChanges.of(billed.month(), inputs.timelines(), inputs.catalog())
                .forEach(change -> byKind.computeIfAbsent(change.kind(), kind -> new ArrayList<>()).add(change));
        List<MonthReport.PlanChangeGroup> groups = new ArrayList<>();
        byKind.forEach((kind, changes) -> groups.add(new MonthReport.PlanChangeGroup(
                kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT) + "s", changes.size(),
                changes.stream().limit(ROWS_PER_GROUP).map(change -> new MonthReport.PlanChangeRow(
                        change.date().toString(), change.account().value(), inputs.name(change.account()),
                        inputs.planName(change.from()), inputs.planName(change.to()))).toList(),
                Math.max(0, changes.size() - ROWS_PER_GROUP))));
        return groups;
    }

    private List<MonthReport.CommitmentRow> commitments() {
        List<MonthReport.CommitmentRow> rows = new ArrayList<>();
        billed.invoices().forEach(invoice -> invoice.lines().stream().filter(line -> line.type() == LineType.COMMITMENT)
                .forEach(line -> rows.add(new MonthReport.CommitmentRow(line.account().value(),
                        inputs.name(line.account()), inputs.planName(line.plan()), line.days(), line.daysInMonth(),
                        MoneyText.format(line.amount())))));
        return rows;
    }

    private List<MonthReport.RejectGroup> rejects() {
        Map<String, Long> counts = billed.summary().rejectedByReason() == null ? Map.of()
                : billed.summary().rejectedByReason();
        List<MonthReport.RejectGroup> groups = new ArrayList<>();
        counts.forEach((reason, count) -> {
            List<BilledMonth.Reject> shown = billed.firstRejectsByReason().getOrDefault(reason, List.of());
            groups.add(new MonthReport.RejectGroup(reason, count, shown.stream()
                    .map(reject -> new MonthReport.RejectRow(reject.file() + ":" + reject.line(), reject.message(),
                            reject.rawLine()))
                    .toList(), count - shown.size()));
        });
        return groups;
    }

    private MonthReport.Rerun rerun() {
        MonthSummary.Corrections corrections = billed.summary().corrections();
        if (corrections == null) {
            return null;
        }
        return new MonthReport.Rerun(corrections.previousRevision(), corrections.count(),
                MoneyText.signed(corrections.linesDifference()), MoneyText.signed(corrections.refundsDifference()),
                billed.corrections().stream().limit(CORRECTIONS_SHOWN)
                        .map(row -> new MonthReport.CorrectionRow(row.invoiceId(), row.account().value(), row.lineType(),
                                row.plan().value(), row.serviceMonth().toString(), MoneyText.format(row.previousAmount()),
                                MoneyText.format(row.amount()), MoneyText.signed(row.difference())))
                        .toList(),
                Math.max(0, billed.corrections().size() - CORRECTIONS_SHOWN));
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
