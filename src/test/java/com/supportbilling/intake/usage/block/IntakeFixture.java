package com.supportbilling.intake.usage.block;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.usage.AmountLimit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** What a test of the block intake reads with: a month of two accounts, two parser threads, a folder of its own. */
abstract class IntakeFixture {

    static final YearMonth MONTH = YearMonth.of(2026, 3);
    static final List<AccountId> ACCOUNTS = List.of(new AccountId("100000000001"), new AccountId("100000000002"));
    static final FeeBasePolicy POLICY = new FeeBasePolicy(List.of("AWSDeveloperSupport"));
    static final AmountLimit LIMIT = new AmountLimit(new BigDecimal("1E12"));

    final ExecutorService workers = Executors.newFixedThreadPool(2);

    @TempDir
    Path work;

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }
}
