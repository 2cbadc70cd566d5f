package com.supportbilling.documents;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.billed.MoneyText;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.ledger.BilledHistory;
import com.supportbilling.output.OutputRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Writes out an invoice or a credit note of a billed month in the words of one language. */
final class DocumentBuilder {

    private final DocumentLanguage language;
    private final SellerDetails seller;
    private final int paymentTerms;
    private final DocumentInputs inputs;
    private final LineWords words;
    private final YearMonth month;

    DocumentBuilder(DocumentLanguage language, SellerDetails seller, int paymentTerms, DocumentInputs inputs,
            YearMonth month) {
        this.language = language;
        this.seller = seller;
        this.paymentTerms = paymentTerms;
        this.inputs = inputs;
        this.words = new LineWords(language, inputs.catalog());
        this.month = month;
    }

    Document invoice(BilledMonth.Invoice invoice) {
        LocalDate due = inputs.issued().plusDays(paymentTerms);
        List<Document.Row> rows = new ArrayList<>();
        boolean otherAccounts = false; // lines name their account when any is not the payer
        for (BilledMonth.Line line : invoice.lines()) {
            otherAccounts |= !line.account().equals(invoice.payer());
        }
        for (BilledMonth.Line line : invoice.lines()) {
            String account = otherAccounts ? language.say("line.account", account(line.account())) : "";
            rows.add(new Document.Row(words.heading(line, planName(line)), account, words.words(line),
                    MoneyText.format(line.amount())));
        }
        return new Document(invoice.id() + ".pdf", language.say("title.invoice"), sellerLines(),
                List.of(new Document.Field(language.say("field.invoiceNumber"), invoice.id()),
                        new Document.Field(language.say("field.issued"), inputs.issued().toString()),
                        new Document.Field(language.say("field.due"), due.toString()),
                        new Document.Field(language.say("field.month"), words.month(month)),
                        new Document.Field(language.say("field.terms"), language.say("terms", paymentTerms))),
                language.say("buyer.title"), buyerLines(invoice.payer()), language.say("column.description"),
                language.say("column.amount", invoice.currency()), rows,
                List.of(new Document.Field(language.say("total.subtotal"), MoneyText.format(invoice.subtotal())),
                        new Document.Field(language.say("total.tax", percent(invoice.taxRate())),
                                MoneyText.format(invoice.tax())),
                        new Document.Field(language.say("total.total", invoice.currency()), MoneyText.format(invoice.total()))),
                List.of(language.say("note.due", due.toString(), paymentTerms)));
    }

    Document creditNote(BilledMonth.Refund refund) {
        String currency = OutputRows.CURRENCY;
        String credited = inputs.advanceInvoices().get(new BilledHistory.AdvanceKey(refund.account(), refund.plan()));
        List<Document.Field> fields = new ArrayList<>(List.of(
                new Document.Field(language.say("field.creditNoteNumber"), refund.id()),
                new Document.Field(language.say("field.issued"), inputs.issued().toString()),
                new Document.Field(language.say("field.month"), words.month(month))));
        if (credited != null) {
            fields.add(new Document.Field(language.say("field.credits"), credited));
        }
        return new Document(refund.id() + ".pdf", language.say("title.creditNote"), sellerLines(), fields,
                language.say("buyer.creditTitle"), buyerLines(refund.payer()), language.say("column.description"),
                language.say("column.amount", currency),
                List.of(new Document.Row(language.say("credit.line", planName(refund.plan()), words.month(month),
                        refund.unusedDays(), refund.daysInMonth()),
                        refund.account().equals(refund.payer()) ? "" : language.say("line.account", account(refund.account())),
                        language.say("credit." + refund.reason()), MoneyText.format(refund.amount()))),
                List.of(new Document.Field(language.say("total.refund"), MoneyText.format(refund.amount())),
                        new Document.Field(language.say("total.taxRefund"),
                                MoneyText.format(refund.tax())),
                        new Document.Field(language.say("total.credited", currency), MoneyText.format(refund.total()))),
                List.of(credited != null ? language.say("note.credit", credited)
                        : language.say("note.creditUnknown", words.month(month))));
    }

    private List<String> sellerLines() {
        List<String> lines = new ArrayList<>();
        lines.add(seller.name());
        lines.addAll(seller.address());
        lines.add(language.say("seller.taxId", seller.taxId()));
        return lines;
    }

    private List<String> buyerLines(AccountId payer) {
        String name = inputs.name(payer);
        return name.isEmpty() ? List.of(language.say("buyer.account", payer.value()))
                : List.of(name, language.say("buyer.account", payer.value()));
    }

    private String account(AccountId account) {
        String name = inputs.name(account);
        return name.isEmpty() ? account.value() : account.value() + " " + name;
    }

    private String planName(BilledMonth.Line line) {
        return words.plan(line).map(Plan::name).orElse(line.plan().value());
    }

    private String planName(PlanCode plan) {
        return inputs.catalog().inForce(month).find(plan).map(Plan::name).orElse(plan.value());
    }

    /** A tax rate as a percentage: 0.19 → 19, 0.1 → 10. */
    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
