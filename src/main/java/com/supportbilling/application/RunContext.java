package com.supportbilling.application;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.invoice.BillingMonth;
import com.supportbilling.core.invoice.DocumentIds;
import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.reference.AccountsFile;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.intake.reference.ReferenceDataLoader;
import com.supportbilling.intake.usage.AmountLimit;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.settings.BillingProperties;
import java.time.YearMonth;
import java.util.Set;

/**
 * What the use cases of one run share — in the job, each execution's steps; in a dry run, the run —:
 * its parameters, its folders, and the reference data, read once (a restarted job reads the same input
 * again: the fingerprint guarantees it).
 */
public class RunContext {

    private final RunParameters parameters;
    private final BillingProperties properties;
    private ReferenceData reference;
    private Set<AccountId> accountIds;

    public RunContext(RunParameters parameters, BillingProperties properties) {
        this.parameters = parameters;
        this.properties = properties;
    }

    public YearMonth month() {
        return parameters.month();
    }

    public int revision() {
        return parameters.revision();
    }

    public RunParameters parameters() {
        return parameters;
    }

    public InputFolder input() {
        return new InputFolder(parameters.inputFolder(), parameters.catalogFile(), parameters.month());
    }

    public OutputFolders folders() {
        return new OutputFolders(parameters.outputFolder(), parameters.month(), parameters.revision());
    }

    public synchronized ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceDataLoader.load(input());
        }
        return reference;
    }

    /**
     * The ids of the month's accounts, all a worker needs of the reference data to read a partition: when the rest
     * is not read already, only the accounts file is read, not the plan events, whose dates took a worker's
     * optimizing compiler 1.5 s to compile in its first partitions (D144).
     */
    public synchronized Set<AccountId> accountIds() {
        if (reference != null) {
            return reference.accounts().keySet();
        }
        if (accountIds == null) {
            accountIds = AccountsFile.read(input().accounts()).accounts().keySet();
        }
        return accountIds;
    }

    /** The month with the catalog versions that price it and the next month's advance (R1, R5). */
    public BillingMonth billingMonth() {
        Catalog catalog = reference().catalog();
        return new BillingMonth(month(), new DocumentIds(month(), revision()), catalog.inForce(month()),
                catalog.inForce(month().plusMonths(1)), reference().taxes());
    }

    public AmountLimit amountLimit() {
        return new AmountLimit(properties.maxLineAmount());
    }

    public FeeBasePolicy feeBasePolicy() {
        return new FeeBasePolicy(properties.excludedServices());
    }

    public SkipLimit skipLimit() {
        return new SkipLimit(properties.skipLimitPercent(), properties.skipLimitMinimum());
    }

    /** The month's invoicing, on the catalog versions and taxes of the reference data. */
    public InvoicePayers invoicing() {
        return new InvoicePayers(billingMonth());
    }

    public BillingProperties properties() {
        return properties;
    }
}
