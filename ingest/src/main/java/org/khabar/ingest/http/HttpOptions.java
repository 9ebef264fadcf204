package org.khabar.ingest.http;

import java.time.Duration;

/**
 * The HTTP endpoint's settings.
 *
 * @param bind address to listen on ({@code 0.0.0.0} for all)
 * @param port port, 0 for any free one
 * @param token the bearer token clients must present (from {@code KHABAR_INGEST_TOKEN}); at least 16 characters
 * @param maxBodyBytes larger request bodies are answered 413
 * @param ratePerSecond requests a second per client address; more are answered 429 with Retry-After
 * @param burst requests a client may send at once
 * @param ackTimeout how long a request waits for Kafka's acknowledgement before it is answered 503
 * @param threads requests handled at once
 */
public record HttpOptions(String bind, int port, String token, long maxBodyBytes, double ratePerSecond, int burst,
                          Duration ackTimeout, int threads) {
    public static final int MIN_TOKEN_LENGTH = 16;

    public HttpOptions {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the HTTP endpoint needs a token: set KHABAR_INGEST_TOKEN");
        }
        if (token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("KHABAR_INGEST_TOKEN is too short: use at least " + MIN_TOKEN_LENGTH
                    + " random characters (e.g. `openssl rand -hex 24`)");
        }
        if (port < 0 || port > 65535 || maxBodyBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("invalid HTTP endpoint settings: port " + port + ", max body "
                    + maxBodyBytes + ", threads " + threads);
        }
    }

    /** 0.0.0.0, 10 MiB bodies, 10 requests a second per client with bursts of 20, 30 s for the Kafka ack, 8 threads. */
    public static HttpOptions defaults(int port, String token) {
        return new HttpOptions("0.0.0.0", port, token, 10L * 1024 * 1024, 10, 20, Duration.ofSeconds(30), 8);
    }

    public HttpOptions withBind(String b) {
        return new HttpOptions(b, port, token, maxBodyBytes, ratePerSecond, burst, ackTimeout, threads);
    }

    public HttpOptions withMaxBodyBytes(long bytes) {
        return new HttpOptions(bind, port, token, bytes, ratePerSecond, burst, ackTimeout, threads);
    }

    public HttpOptions withRate(double perSecond, int burstSize) {
        return new HttpOptions(bind, port, token, maxBodyBytes, perSecond, burstSize, ackTimeout, threads);
    }

    public HttpOptions withAckTimeout(Duration t) {
        return new HttpOptions(bind, port, token, maxBodyBytes, ratePerSecond, burst, t, threads);
    }

    @Override
    public String toString() {
        return "HttpOptions[bind=" + bind + ", port=" + port + ", token=***, maxBodyBytes=" + maxBodyBytes
                + ", ratePerSecond=" + ratePerSecond + ", burst=" + burst + ", ackTimeout=" + ackTimeout
                + ", threads=" + threads + "]";
    }
}
