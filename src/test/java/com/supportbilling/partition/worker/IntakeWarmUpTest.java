package com.supportbilling.partition.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.supportbilling.core.account.Account;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.reference.AccountsFile;
import com.supportbilling.settings.BillingProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A worker's warm-up (D133) reads its made-up month through the intake, leaves nothing, and never stops a worker. */
class IntakeWarmUpTest {

    @TempDir
    Path state;

    private final ExecutorService parsers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopParsers() {
        parsers.shutdownNow();
    }

    @Test
    void readsEveryMadeUpLineRejectingThoseOfUnknownAccountsAndRemovesItsFolder() {
        Path folder = state.resolve("warm-up");
        IntakeWarmUp.Read read = new IntakeWarmUp(20_000, folder, properties(), parsers).run();
        assertThat(read.rows()).isEqualTo(20_000);
        assertThat(read.rejected()).as("about one line in a hundred names an unknown account, one in 400 is bad otherwise")
                .isBetween(150L, 450L);
        assertThat(read.passes()).isBetween(1, IntakeWarmUp.MAX_PASSES);
        assertThat(folder).doesNotExist();
    }

    /** D144: read again while the compilers spend more than a tenth of a pass compiling, at most ten times. */
    @Test
    void readsAgainWhileTheCompilersAreBusy() {
        int[] asked = {0};
        // asked before and after each pass: a second of compiling in each of the first three passes, then none
        IntakeWarmUp busyThrice = new IntakeWarmUp(2_000, state.resolve("warm-up"), properties(), parsers,
                () -> Math.min(++asked[0], 6) * 1_000L);
        assertThat(busyThrice.run().passes()).as("busy in the first three passes, quiet in the fourth").isEqualTo(4);
        long[] compiled = {0};
        IntakeWarmUp alwaysBusy = new IntakeWarmUp(2_000, state.resolve("warm-up"), properties(), parsers,
                () -> compiled[0] += 1_000_000);
        assertThat(alwaysBusy.run().passes()).isEqualTo(IntakeWarmUp.MAX_PASSES);
        IntakeWarmUp quiet = new IntakeWarmUp(2_000, state.resolve("warm-up"), properties(), parsers, () -> 0);
        assertThat(quiet.run().passes()).isEqualTo(1);
    }

    /** Each usage reject reason of a single line is among the made-up month's rejects. */
    @Test
    void theMadeUpMonthHasBadLinesOfEveryKind() {
        Path folder = state.resolve("warm-up");
        IntakeWarmUp warmUp = new IntakeWarmUp(8 * 400, folder, properties(), parsers, () -> 0);
        Set<RejectReason> reasons = EnumSet.noneOf(RejectReason.class);
        warmUp.run(rejection -> reasons.add(rejection.reason()));
        assertThat(reasons).contains(RejectReason.WRONG_PERIOD, RejectReason.INVALID_ACCOUNT_ID, RejectReason.MALFORMED_ROW,
                RejectReason.INVALID_AMOUNT, RejectReason.UNSUPPORTED_CURRENCY, RejectReason.UNKNOWN_CHARGE_TYPE,
                RejectReason.INVALID_DATE, RejectReason.UNKNOWN_ACCOUNT);
        assertThat(folder).doesNotExist();
    }

    /** D154: a large reseller's accounts, as exports write them, all read: what a month's first partition reads. */
    @Test
    void theMadeUpAccountsAreAsManyAndAsVariedAsARealMonthsAndAllRead() throws IOException {
        IntakeWarmUp.writeAccounts(state);
        AccountsFile.Result read = AccountsFile.read(state.resolve(AccountsFile.NAME));
        assertThat(read.rejections()).isEmpty();
        assertThat(read.accounts()).hasSize(20_000);
        Collection<Account> accounts = read.accounts().values();
        assertThat(accounts).anyMatch(account -> account.name().contains(","))
                .anyMatch(account -> !account.name().contains(","))
                .anyMatch(account -> account.payer().equals(account.id()))
                .anyMatch(account -> !account.payer().equals(account.id()))
                .anyMatch(account -> account.country() == null);
        assertThat(Files.readString(state.resolve(AccountsFile.NAME))).as("a payer's own column left blank now and then")
                .contains(",,US\n");
    }

    @Test
    void noLinesNoWarmUp() {
        IntakeWarmUp none = new IntakeWarmUp(0, state.resolve("warm-up"), properties(), parsers);
        none.start();
        assertThat(none.isRunning()).isTrue();
        assertThat(state.resolve("warm-up")).doesNotExist();
    }

    @Test
    void aWarmUpThatCannotWriteLetsTheWorkerStartAllTheSame() throws IOException {
        Path file = Files.writeString(state.resolve("a-file"), "not a folder");
        IntakeWarmUp blocked = new IntakeWarmUp(1_000, file.resolve("warm-up"), properties(), parsers);
        assertThatCode(blocked::start).doesNotThrowAnyException();
        assertThat(blocked.isRunning()).isTrue();
    }

    /** Spring Integration's endpoints, the listener on the partition queue among them, start in phase 0 or later. */
    @Test
    void runsBeforeTheListenerOnThePartitionQueue() {
        assertThat(new IntakeWarmUp(1, state, properties(), parsers).getPhase()).isLessThan(0);
    }

    private static BillingProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("billing", BillingProperties.class);
    }
}
