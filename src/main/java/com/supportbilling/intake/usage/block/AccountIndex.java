package com.supportbilling.intake.usage.block;

import com.supportbilling.core.account.AccountId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The known accounts numbered 0…n−1, found by their twelve digits read as a number: a usage row's
 * account is looked up without making a String of it.
 */
final class AccountIndex {

    private final List<AccountId> accounts;
    private final long[] keys;
    private final int[] values;
    private final int mask;

    AccountIndex(Collection<AccountId> known) {
        this.accounts = known.stream().sorted().toList();
        int capacity = Integer.highestOneBit(Math.max(16, accounts.size() * 2)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, -1);
        mask = capacity - 1;
        for (int index = 0; index < accounts.size(); index++) {
            long key = Long.parseLong(accounts.get(index).value());
            int slot = slot(key);
            while (keys[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = index;
        }
    }

    /** The index of the account with these digits, or −1 when it is not known. */
    int indexOf(long digits) {
        int slot = slot(digits);
        while (keys[slot] != -1) {
            if (keys[slot] == digits) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int indexOf(AccountId account) {
        return indexOf(Long.parseLong(account.value()));
    }

    AccountId account(int index) {
        return accounts.get(index);
    }

    int size() {
        return accounts.size();
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32)) & mask;
    }
}
