package com.supportbilling.intake.usage.block;

import com.supportbilling.core.account.AccountId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The known accounts numbered 0…n−1, found by their twelve digits read as a number: a usage row's
 * account is looked up without making a String of it. A slot's digits and number lie side by side, so a
 * lookup waits for one cache miss, not two. Built once per run: a worker reads partition after partition of
 * the same month with one index (D154).
 */
public final class AccountIndex {

    private final List<AccountId> accounts;
    /** Slot {@code s}: the digits at {@code 2s} (−1 when empty), the account's number at {@code 2s + 1}. */
    private final long[] slots;
    private final int mask;

    public AccountIndex(Collection<AccountId> known) {
        this.accounts = known.stream().sorted().toList();
        int capacity = Integer.highestOneBit(Math.max(16, accounts.size() * 2)) << 1;
        slots = new long[2 * capacity];
        Arrays.fill(slots, -1);
        mask = capacity - 1;
        for (int index = 0; index < accounts.size(); index++) {
            long key = Long.parseLong(accounts.get(index).value());
            int slot = slot(key);
            while (slots[2 * slot] != -1) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = index;
        }
    }

    /** The index of the account with these digits, or −1 when it is not known. */
    int indexOf(long digits) {
        int slot = slot(digits);
        while (slots[2 * slot] != -1) {
            if (slots[2 * slot] == digits) {
                return (int) slots[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int indexOf(AccountId account) {
        return indexOf(Long.parseLong(account.value()));
    }

    public AccountId account(int index) {
        return accounts.get(index);
    }

    public int size() {
        return accounts.size();
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32)) & mask;
    }
}
