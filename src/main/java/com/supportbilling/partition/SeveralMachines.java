package com.supportbilling.partition;

import java.util.Optional;

/** What a manager or a worker needs before it starts (D90): the state in PostgreSQL, which every machine shares. */
public final class SeveralMachines {

    private SeveralMachines() {
    }

    /** The sentence refusing {@code command} with {@code --broker}, when the state is not in PostgreSQL. */
    public static Optional<String> refusal(String command, String databaseUrl) {
        if (databaseUrl != null && databaseUrl.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        return Optional.of(command + " with --broker needs the state in PostgreSQL: the machines share its job "
                + "repository, ledger and month lock, which the embedded state cannot. Give "
                + "--spring.datasource.url=jdbc:postgresql://HOST:5432/DATABASE with --spring.datasource.username and "
                + "--spring.datasource.password, the same on every machine.");
    }
}
