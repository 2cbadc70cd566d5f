package com.supportbilling.state;

/**
 * The embedded state's {@code in-use.txt} (D42): while a process has the state open, one line that
 * names it — {@code pid 4242 on billing-1, billing 2026-03, since 2026-04-01T03:00:12} — written by the
 * process that opens the state, and read by whoever is refused it, or checks its health (D101).
 */
public final class StateInUse {

    public static final String FILE = "in-use.txt";

    private StateInUse() {
    }
}
