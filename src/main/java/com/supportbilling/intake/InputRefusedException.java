package com.supportbilling.intake;

/**
 * The input cannot be billed as it is (a required file missing or unreadable, a broken catalog, too
 * many rejected rows): the run publishes nothing and says in one sentence what to fix (exit 3).
 */
public class InputRefusedException extends RuntimeException {

    public InputRefusedException(String sentence) {
        super(sentence);
    }

    public InputRefusedException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
