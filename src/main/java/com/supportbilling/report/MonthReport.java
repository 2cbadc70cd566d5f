package com.supportbilling.report;

import java.util.List;

/**
 * report.html's content, every figure already formatted for people: what the template shows, and
 * nothing it has to compute. A null or empty part is left out of the page.
 */
record MonthReport(
        String month,
        String monthName,
        int revision,
        String status,
        String startedAt,
        String endedAt,
        String inputFolder,
        List<Figure> figures,
        boolean reconciles,
        List<Check> checks,
        String plansChart,
        List<Amount> byPlan,
        List<TypeRow> byLineType,
        String historyChart,
        List<Amount> history,
        List<PayerRow> topPayers,
        String previousMonth,
        List<Amount> changeCounts,
        List<ChangeRow> payerChanges,
        List<PlanChangeGroup> planChanges,
        List<CommitmentRow> commitments,
        List<RejectGroup> rejects,
        Rerun rerun,
        List<String> warnings) {

    /** A headline figure; {@code key} names its place in summary.json (e.g. {@code invoices.total}). */
    record Figure(String key, String label, String value) {
    }

    record Check(String name, boolean holds, String detail) {
    }

    record Amount(String label, String detail, String value) {
    }

    record TypeRow(String type, long lines, String amount) {
    }

    record PayerRow(int rank, String payer, String name, int lines, String subtotal, String tax, String total) {
    }

    record ChangeRow(String payer, String name, String kind, String previous, String current, String change) {
    }

    record PlanChangeGroup(String kind, int count, List<PlanChangeRow> rows, int more) {
    }

    record PlanChangeRow(String date, String account, String name, String from, String to) {
    }

    record CommitmentRow(String account, String name, String plan, int daysOwed, int daysInMonth, String amount) {
    }

    record RejectGroup(String reason, long count, List<RejectRow> rows, long more) {
    }

    record RejectRow(String place, String message, String raw) {
    }

    record Rerun(int previousRevision, long count, String linesDifference, String refundsDifference,
            List<CorrectionRow> rows, int more) {
    }

    record CorrectionRow(String invoice, String account, String type, String plan, String serviceMonth,
            String previous, String amount, String difference) {
    }
}
