package org.khabar.ingest.fetch;

/** A URL or address Khabar will not fetch from; the message says which rule refused it. Nothing was connected to. */
public final class RefusedUrlException extends Exception {
    public RefusedUrlException(String message) {
        super(message);
    }
}
