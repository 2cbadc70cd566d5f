package com.supportbilling.core.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one subject, or one rule for it, bills: invoice lines, refunds and group allocations (R5–R8).
 * Parts add up, in order, to a payer's statement.
 */
record StatementPart(List<InvoiceLine> lines, List<Refund> refunds, List<Allocation> allocations) {

    static final StatementPart NONE = new StatementPart(List.of(), List.of(), List.of());

    StatementPart {
        lines = List.copyOf(lines);
        refunds = List.copyOf(refunds);
        allocations = List.copyOf(allocations);
    }

    /** The parts one after the other, added up in one pass however many there are. */
    static StatementPart sum(List<StatementPart> parts) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<Refund> refunds = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        for (StatementPart part : parts) {
            lines.addAll(part.lines);
            refunds.addAll(part.refunds);
            allocations.addAll(part.allocations);
        }
        return new StatementPart(lines, refunds, allocations);
    }

    StatementPart plus(StatementPart other) {
        return sum(List.of(this, other));
    }

    StatementPart with(InvoiceLine line) {
        return plus(new StatementPart(List.of(line), List.of(), List.of()));
    }

    /** This part, with the line when there is one. */
    StatementPart with(Optional<InvoiceLine> line) {
        return line.map(this::with).orElse(this);
    }

    StatementPart with(Refund refund) {
        return plus(new StatementPart(List.of(), List.of(refund), List.of()));
    }

    StatementPart withAllocations(List<Allocation> more) {
        return plus(new StatementPart(List.of(), List.of(), more));
    }
}
