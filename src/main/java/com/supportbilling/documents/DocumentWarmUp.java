package com.supportbilling.documents;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.invoice.LineType;
import com.supportbilling.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws made-up documents on one thread of its own and throws them away, while the month is still being
 * invoiced (D132). The JVM compiles the code that draws documents only once it has run for a while: the
 * first two thousand of a month's documents took five times as long as the later ones. Invoicing leaves
 * a processor mostly idle, so that compiling is done there, and the month's documents are drawn by
 * compiled code. Nothing is written; the documents, in English and in Helvetica, go through the same
 * builder and drawing as the month's.
 */
public final class DocumentWarmUp {

    /** About as many documents as the drawing code runs before the JVM has compiled it. */
    public static final int DOCUMENTS = 2_000;

    private final AtomicInteger drawn = new AtomicInteger();
    private final Thread thread;

    private DocumentWarmUp(SellerDetails seller, DocumentInputs inputs, YearMonth month, int documents) {
        thread = new Thread(() -> draw(seller, inputs, month, documents, drawn), "documents-warm-up");
        thread.setDaemon(true);
    }

    /**
     * Starts drawing {@code documents} made-up invoices and credit notes of {@code month}, for the payers of
     * {@code inputs}' accounts and the paid plans of its catalog.
     */
    public static DocumentWarmUp start(SellerDetails seller, DocumentInputs inputs, YearMonth month, int documents) {
        DocumentWarmUp warmUp = new DocumentWarmUp(seller, inputs, month, documents);
        warmUp.thread.start();
        return warmUp;
    }

    /** Stops drawing, after the document at hand, waits for the thread to end, and returns how many it drew. */
    public int stop() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drawn.get();
    }

    /** Draws the documents on this thread, counting them in {@code drawn}, until done or interrupted. */
    static void draw(SellerDetails seller, DocumentInputs inputs, YearMonth month, int documents, AtomicInteger drawn) {
        List<AccountId> payers = List.copyOf(inputs.accounts().keySet());
        List<Plan> plans = inputs.catalog().inForce(month).plans().values().stream().filter(Plan::isPaid).toList();
        if (payers.isEmpty() || plans.isEmpty()) {
            return;
        }
        DocumentBuilder builder = new DocumentBuilder(DocumentLanguage.EN, seller, 30, inputs, month);
        DocumentPdf pdf = new DocumentPdf(DocumentFonts.latin(), DocumentWriter.logo(seller));
        try {
            for (int i = 0; i < documents && !Thread.currentThread().isInterrupted(); i++) {
                AccountId payer = payers.get(i * 7919 % payers.size());
                Plan plan = plans.get(i % plans.size());
                Document document = i % 10 == 9 ? builder.creditNote(refund(i, payer, plan, month))
                        : builder.invoice(invoice(i, payer, plan, month));
                if (!DocumentFonts.needsUnicode(DocumentLanguage.EN, document)) {
                    pdf.draw(document);
                    drawn.incrementAndGet();
                }
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up that fails costs only the time it saves: the month's own documents report their failures
        }
    }

    /** An invoice with a prorated minimum and a usage fee, and, one in three, a commitment and an advance. */
    private static BilledMonth.Invoice invoice(int i, AccountId payer, Plan plan, YearMonth month) {
        int daysInMonth = month.lengthOfMonth();
        int days = 1 + i % daysInMonth;
        BigDecimal minimum = Money.divideToCents(plan.minimum().multiply(BigDecimal.valueOf(days)), daysInMonth);
        BigDecimal base = BigDecimal.valueOf(100_000L + 7_919L * i, 2);
        List<BilledMonth.Line> lines = new ArrayList<>(List.of(
                line(1, payer, LineType.MINIMUM, plan, month, days, minimum, null),
                line(2, payer, LineType.USAGE, plan, month, days, base.movePointLeft(1), base)));
        if (i % 3 == 0) {
            lines.add(line(3, payer, LineType.COMMITMENT, plan, month, 30 - days % 30, minimum, null));
            lines.add(line(4, payer, LineType.ADVANCE, plan, month.plusMonths(1), 0, plan.minimum(), null));
        }
        BigDecimal subtotal = lines.stream().map(BilledMonth.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = Money.divideToCents(subtotal, 10);
        return new BilledMonth.Invoice("WARM-" + i, payer, subtotal, new BigDecimal("0.10"), tax, subtotal.add(tax), "USD",
                lines);
    }

    private static BilledMonth.Line line(int lineNo, AccountId account, LineType type, Plan plan, YearMonth month, int days,
            BigDecimal amount, BigDecimal feeBase) {
        return new BilledMonth.Line(lineNo, account, type, plan.code(), month, days, month.lengthOfMonth(), feeBase, amount,
                type + " " + plan.code().value());
    }

    private static BilledMonth.Refund refund(int i, AccountId payer, Plan plan, YearMonth month) {
        BigDecimal amount = Money.divideToCents(plan.minimum().multiply(BigDecimal.valueOf(1 + i % 28)),
                month.lengthOfMonth());
        BigDecimal tax = Money.divideToCents(amount, 10);
        return new BilledMonth.Refund("WARM-R" + i, payer, payer, plan.code(), i % 20 == 9 ? "CANCELLATION" : "PLAN_CHANGE",
                1 + i % 28, month.lengthOfMonth(), amount, tax, amount.add(tax));
    }
}
