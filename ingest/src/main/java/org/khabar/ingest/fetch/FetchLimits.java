package org.khabar.ingest.fetch;

import java.time.Duration;

/**
 * Caps on one fetch.
 *
 * @param maxBytes body bytes read (after decompression); more is refused
 * @param maxRedirects redirects followed, each one checked like the first URL
 * @param connectTimeout to open a connection
 * @param readTimeout between two reads
 * @param totalTimeout for the whole fetch, redirects included
 */
public record FetchLimits(long maxBytes, int maxRedirects, Duration connectTimeout, Duration readTimeout,
                          Duration totalTimeout) {
    public FetchLimits {
        if (maxBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /** 10 MiB, 5 redirects, 10 s to connect, 20 s between reads, 60 s in all. */
    public static FetchLimits defaults() {
        return new FetchLimits(10L * 1024 * 1024, 5, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    public FetchLimits withMaxBytes(long bytes) {
        return new FetchLimits(bytes, maxRedirects, connectTimeout, readTimeout, totalTimeout);
    }

    public FetchLimits withTotalTimeout(Duration t) {
        return new FetchLimits(maxBytes, maxRedirects, connectTimeout, readTimeout, t);
    }
}
