package com.supportbilling.ops;

/**
 * Lets watch and schedule stop in order (Ctrl-C, SIGTERM): the drop or tick in progress finishes —
 * billed and moved, never half-moved — and no new one starts. Their pollers would otherwise be
 * cancelled with an interrupt in the middle of a run or a move.
 */
public final class WorkGate {

    private boolean closed;
    private boolean working;

    /** Whether a piece of work may start now; if so, {@link #leave()} must follow. */
    public synchronized boolean enter() {
        if (closed) {
            return false;
        }
        working = true;
        return true;
    }

    public synchronized void leave() {
        working = false;
        notifyAll();
    }

    public synchronized boolean isWorking() {
        return working;
    }

    /** Lets no new work start and waits for the work in progress, even when interrupted. */
    public synchronized void closeAndWait() {
        closed = true;
        boolean interrupted = false;
        while (working) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
