package com.supportbilling.job.invoicing;

import com.supportbilling.application.PayerMonths;
import com.supportbilling.application.RunContext;
import com.supportbilling.core.invoice.PayerMonth;
import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.job.lifecycle.CompilersAfterIntake;
import com.supportbilling.job.progress.InvoicingProgress;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.settings.BillingProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Invoicing: payers' months → statements (R4–R8) → invoices, lines, refunds, allocations, ledger. */
@Configuration(proxyBeanMethods = false)
public class InvoicingConfiguration {

    @Bean
    Step invoicingStep(JobRepository repository, PlatformTransactionManager transactionManager, BillingProperties properties,
            PayerMonthReader payerMonthReader, PayerBilling payerBilling,
            StatementWriter statementWriter, InvoicingProgress invoicingProgress, CompilersAfterIntake compilersAfterIntake) {
        return new StepBuilder("invoicing", repository)
                .<PayerMonth, PayerStatement>chunk(properties.invoicingChunkSize())
                .transactionManager(transactionManager)
                .reader(payerMonthReader)
                .processor(payerBilling)
                .writer(statementWriter)
                .listener(invoicingProgress)
                .listener(compilersAfterIntake)
                .build();
    }

    @Bean
    @StepScope
    PayerMonthReader payerMonthReader(RunContext run, Ledger ledger) {
        return new PayerMonthReader(() -> new PayerMonths(run.reference(), ledger.bases(run.month(), run.revision()),
                ledger.advancesFor(run.month())));
    }

    @Bean
    @StepScope
    PayerBilling payerBilling(RunContext run) {
        return new PayerBilling(run.invoicing());
    }

    @Bean
    @StepScope
    StatementWriter statementWriter(RunContext run, Ledger ledger) {
        return new StatementWriter(run.folders(), ledger);
    }
}
