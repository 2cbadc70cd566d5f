package com.supportbilling.state;

/**
 * The billing application cannot be had now: its state is in use by another process, or it could not
 * start (a database down). Nothing about the input is wrong, so watch keeps the drop to try again and
 * schedule logs it and waits for its next tick. The message is one sentence.
 */
public class BillingUnavailableException extends RuntimeException {

    public BillingUnavailableException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
