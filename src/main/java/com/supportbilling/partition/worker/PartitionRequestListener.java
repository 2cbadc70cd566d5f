package com.supportbilling.partition.worker;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.ops.WorkGate;
import com.supportbilling.partition.messaging.RequestCheck;
import org.slf4j.Logger;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;

/**
 * Takes the messages of the partition queue, one at a time: a valid request goes on to Spring Batch's
 * request handler, which executes the partition in this thread; anything else is logged and dropped,
 * never executed (D92); one that cannot be checked now (the job repository out of reach) goes back to the
 * broker. Once the worker is stopping, a message that still arrives is handed back to the
 * broker (by failing its delivery) for another worker.
 */
final class PartitionRequestListener implements MessageHandler {

    private static final Logger log = OperatorLog.get();

    private final RequestCheck check;
    private final MessageChannel requests;
    private final WorkGate gate;

    PartitionRequestListener(RequestCheck check, MessageChannel requests, WorkGate gate) {
        this.check = check;
        this.requests = requests;
        this.gate = gate;
    }

    @Override
    public void handleMessage(Message<?> message) {
        StepExecutionRequest request;
        try {
            request = check.check(message.getPayload() instanceof jakarta.jms.Message jms ? jms : null);
        } catch (RequestCheck.Refused e) {
            log.warn("refused a message from the partition queue and dropped it: {}", e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.warn("could not check a message from the partition queue, which goes back to it: {}", e.getMessage());
            throw e;
        }
        if (!gate.enter()) {
            throw new WorkerStoppingException(request);
        }
        try {
            requests.send(MessageBuilder.withPayload(request).build());
        } finally {
            gate.leave();
        }
    }

    /** A request that came while the worker was stopping: left to the broker, which delivers it again. */
    static final class WorkerStoppingException extends RuntimeException {
        WorkerStoppingException(StepExecutionRequest request) {
            super("this worker is stopping; " + request + " goes back to the queue");
        }
    }
}
