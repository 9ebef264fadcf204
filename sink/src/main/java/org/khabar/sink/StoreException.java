package org.khabar.sink;

/** A store operation failed; {@link #isTransient()} says whether retrying later can succeed. */
public class StoreException extends Exception {
    private final boolean transientFailure;

    public StoreException(String message, Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
