package com.supportbilling.core.invoice;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    StatementPart plus(StatementPart other) {
        return new StatementPart(concat(lines, other.lines), concat(refunds, other.refunds),
                concat(allocations, other.allocations));
    }

    StatementPart with(InvoiceLine line) {
        return new StatementPart(concat(lines, List.of(line)), refunds, allocations);
    }

    /** This part, with the line when there is one. */
    StatementPart with(Optional<InvoiceLine> line) {
        return line.map(this::with).orElse(this);
    }

    StatementPart with(Refund refund) {
        return new StatementPart(lines, concat(refunds, List.of(refund)), allocations);
    }

    StatementPart withAllocations(List<Allocation> more) {
        return new StatementPart(lines, refunds, concat(allocations, more));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
