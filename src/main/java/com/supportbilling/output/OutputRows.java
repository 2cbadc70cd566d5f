package com.supportbilling.output;

import com.supportbilling.core.invoice.Allocation;
import com.supportbilling.core.invoice.Invoice;
import com.supportbilling.core.invoice.InvoiceLine;
import com.supportbilling.core.invoice.Refund;
import com.supportbilling.core.money.Money;
import com.supportbilling.core.revision.Correction;
import com.supportbilling.intake.Rejection;
import java.util.ArrayList;
import java.util.List;

/** The rows of each output file, column by column as docs/file-formats.md lists them. */
public final class OutputRows {

    public static final String CURRENCY = "USD";

    private OutputRows() {
    }

    public static String[] invoice(Invoice invoice) {
        return new String[] {invoice.id(), invoice.month().toString(), invoice.payer().value(),
                Money.format(invoice.subtotal()), invoice.taxRate().rate().toPlainString(), Money.format(invoice.tax()),
                Money.format(invoice.total()), CURRENCY, String.valueOf(invoice.lines().size())};
    }

    public static List<String[]> lines(Invoice invoice) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (InvoiceLine line : invoice.lines()) {
            rows.add(new String[] {invoice.id(), String.valueOf(++lineNo), line.account().value(), line.type().name(),
                    line.plan().value(), line.serviceMonth().toString(), String.valueOf(line.days()),
                    String.valueOf(line.daysInMonth()), line.feeBase() == null ? "" : Money.format(line.feeBase()),
                    Money.format(line.amount()), line.description()});
        }
        return rows;
    }

    public static String[] refund(Refund refund) {
        return new String[] {refund.id(), refund.month().toString(), refund.payer().value(), refund.account().value(),
                refund.plan().value(), refund.reason().name(), String.valueOf(refund.unusedDays()),
                String.valueOf(refund.daysInMonth()), Money.format(refund.amount()), Money.format(refund.tax()),
                Money.format(refund.total())};
    }

    public static String[] allocation(Allocation allocation) {
        return new String[] {allocation.month().toString(), allocation.payer().value(), allocation.plan().value(),
                allocation.account().value(), Money.format(allocation.proratedBase()), Money.format(allocation.amount())};
    }

    public static String[] correction(Correction correction) {
        return new String[] {correction.invoiceId(), correction.previousInvoiceId(), correction.account().value(),
                correction.lineType().name(), correction.plan().value(), correction.serviceMonth().toString(),
                Money.format(correction.previousAmount()), Money.format(correction.amount()),
                Money.format(correction.difference())};
    }

    public static String[] rejection(Rejection rejection) {
        return new String[] {rejection.sourceFile(), String.valueOf(rejection.lineNumber()), rejection.reason().name(),
                rejection.message(), rejection.rawLine()};
    }
}
