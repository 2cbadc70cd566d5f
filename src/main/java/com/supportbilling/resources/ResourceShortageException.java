package com.supportbilling.resources;

/**
 * The run cannot go on with what this machine gives it — disk space, memory, a folder it can write —
 * and running the same command again, unchanged, would fail the same way. The message is the one
 * sentence for the operator: what is short, where, and what to change. Exit 5.
 */
public class ResourceShortageException extends RuntimeException {

    public ResourceShortageException(String sentence) {
        super(sentence);
    }

    public ResourceShortageException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
