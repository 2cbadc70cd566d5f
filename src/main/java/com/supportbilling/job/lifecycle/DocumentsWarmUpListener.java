package com.supportbilling.job.lifecycle;

import com.supportbilling.application.RunContext;
import com.supportbilling.documents.DocumentInputs;
import com.supportbilling.documents.DocumentWarmUp;
import com.supportbilling.documents.SellerDetails;
import com.supportbilling.intake.reference.ReferenceData;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Warms the documents' drawing up while the invoicing step runs (D132), when the run will write documents;
 * {@link WriteReadables} stops it before it draws the month's own, and a failed invoicing stops it at once.
 */
@Component
public class DocumentsWarmUpListener implements StepExecutionListener {

    private final RunContext run;
    private final SellerDetails seller;
    private DocumentWarmUp warmUp;

    public DocumentsWarmUpListener(RunContext run, SellerDetails seller) {
        this.run = run;
        this.seller = seller;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        if (!seller.isComplete()) {
            return;
        }
        ReferenceData reference = run.reference();
        int payers = reference.accountsByPayer().size();
        warmUp = DocumentWarmUp.start(seller, new DocumentInputs(reference.accounts(), reference.catalog(), Map.of(),
                LocalDate.now()), run.month(), Math.min(DocumentWarmUp.DOCUMENTS, payers));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            stop();
        }
        return null;
    }

    /** Stops the warm-up, if one runs, waits for it to end, and returns how many documents it drew. */
    public synchronized int stop() {
        int drawn = warmUp == null ? 0 : warmUp.stop();
        warmUp = null;
        return drawn;
    }
}
