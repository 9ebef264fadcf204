package org.khabar.ingest.fetch;

/** A fetch that did not produce a document; {@link #kind()} says whether trying again can help. */
public final class FetchException extends Exception {
    /** Why. */
    public enum Kind {
        /** The URL or an address it led to is not allowed ({@link UrlPolicy}); nothing was connected to. */
        REFUSED,
        /** The server answered, but not with something usable (4xx, too large, too many redirects). */
        FAILED,
        /** Network trouble, a timeout, 5xx or 429: the same fetch may work later. */
        TRANSIENT
    }

    private final Kind kind;

    public FetchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
