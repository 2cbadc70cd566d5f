package com.supportbilling.job.invoicing;

import com.supportbilling.application.InvoicePayers;
import com.supportbilling.application.PayerMonths;
import com.supportbilling.application.RunContext;
import com.supportbilling.core.invoice.PayerMonth;
import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.job.lifecycle.CompilersAfterIntake;
import com.supportbilling.job.lifecycle.DocumentsWarmUpListener;
import com.supportbilling.job.progress.InvoicingProgress;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.settings.BillingProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Invoicing: payers' months → statements (R4–R8) → invoices, lines, refunds, allocations, ledger. */
@Configuration(proxyBeanMethods = false)
public class InvoicingConfiguration {

    @Bean
    Step invoicingStep(JobRepository repository, PlatformTransactionManager transactionManager, BillingProperties properties,
            PayerMonthReader payerMonthReader, ItemProcessor<PayerMonth, PayerStatement> payerBilling,
            StatementWriter statementWriter, InvoicingProgress invoicingProgress, CompilersAfterIntake compilersAfterIntake,
            DocumentsWarmUpListener documentsWarmUp) {
        return new StepBuilder("invoicing", repository)
                .<PayerMonth, PayerStatement>chunk(properties.invoicingChunkSize())
                .transactionManager(transactionManager)
                .reader(payerMonthReader)
                .processor(payerBilling)
                .writer(statementWriter)
                .listener(invoicingProgress)
                .listener(compilersAfterIntake)
                .listener(documentsWarmUp)
                .build();
    }

    @Bean
    @StepScope
    PayerMonthReader payerMonthReader(RunContext run, Ledger ledger) {
        return new PayerMonthReader(() -> new PayerMonths(run.reference(), ledger.bases(run.month(), run.revision()),
                ledger.advancesFor(run.month())));
    }

    /** Bills each payer's month ({@link InvoicePayers}); a payer with nothing to bill is left out. */
    @Bean
    @StepScope
    ItemProcessor<PayerMonth, PayerStatement> payerBilling(RunContext run) {
        InvoicePayers invoicing = run.invoicing();
        return payerMonth -> invoicing.bill(payerMonth).orElse(null);
    }

    @Bean
    @StepScope
    StatementWriter statementWriter(RunContext run, Ledger ledger) {
        return new StatementWriter(run.folders(), ledger);
    }
}
