package com.supportbilling.intake.reference;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.invoice.TaxTable;
import com.supportbilling.core.timeline.PlanEvent;
import com.supportbilling.core.timeline.PlanTimeline;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and validates the reference files of an input folder (R1, R3, R8, R10). */
public final class ReferenceDataLoader {

    private ReferenceDataLoader() {
    }

    public static ReferenceData load(InputFolder input) {
        Catalog catalog = input.catalog().map(CatalogFile::read).orElseGet(CatalogFile::defaultCatalog);
        CatalogFile.requirePrices(catalog, input.month(), input.catalog());
        AccountsFile.Result accounts = AccountsFile.read(input.accounts());
        SubscriptionsFile.Result subscriptions = SubscriptionsFile.read(input.subscriptions(), catalog,
                accounts.accounts().keySet());
        List<Rejection> rejections = new ArrayList<>(accounts.rejections());
        rejections.addAll(subscriptions.rejections());
        List<FileCount> counts = new ArrayList<>();
        counts.add(new FileCount(input.accounts().getFileName().toString(), accounts.rowsRead(), accounts.rejections().size()));
        counts.add(new FileCount(input.subscriptions().getFileName().toString(), subscriptions.rowsRead(),
                subscriptions.rejections().size()));
        TaxTable taxes = TaxRatesFile.defaultTable();
        if (input.taxRates().isPresent()) {
            TaxRatesFile.Result rates = TaxRatesFile.read(input.taxRates().get());
            taxes = rates.table();
            rejections.addAll(rates.rejections());
            counts.add(new FileCount(input.taxRates().get().getFileName().toString(), rates.rowsRead(),
                    rates.rejections().size()));
        }
        Map<AccountId, List<PlanEvent>> events = subscriptions.events().stream()
                .collect(Collectors.groupingBy(PlanEvent::account));
        Map<AccountId, PlanTimeline> timelines = new HashMap<>();
        events.forEach((account, list) -> timelines.put(account, PlanTimeline.of(list)));
        List<String> warnings = new ArrayList<>(PayerCheck.warnings(accounts.accounts()));
        if (subscriptions.rowsRead() == 0) {
            warnings.add(input.subscriptions().getFileName() + " lists no plan event: every account is on BASIC, "
                    + "so only advances already billed are settled");
        }
        return new ReferenceData(accounts.accounts(), timelines, taxes, catalog, rejections, counts, warnings);
    }
}
