package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A charge on an invoice. {@code account} is the billing subject: the account, or the payer for a
 * group (R6), as {@code scope} tells. {@code feeBase} is the prorated base B' of USAGE lines, null on
 * the others.
 */
public record InvoiceLine(AccountId account, Scope scope, LineType type, PlanCode plan, YearMonth serviceMonth, long days,
        int daysInMonth, BigDecimal feeBase, BigDecimal amount, String description) {

    /** Subject by subject; for one subject MINIMUM, USAGE, COMMITMENT, ADVANCE; then by plan. */
    public static final Comparator<InvoiceLine> INVOICE_ORDER = Comparator.comparing(InvoiceLine::account)
            .thenComparing(InvoiceLine::type).thenComparing(InvoiceLine::plan);

    public InvoiceLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(serviceMonth, "serviceMonth");
        Objects.requireNonNull(amount, "amount");
        description = description == null ? "" : description;
    }
}
