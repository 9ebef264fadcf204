package org.khabar.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Headers on every {@link Topics#DLQ} record. The record's key and value are the failed record's,
 * unchanged; these headers say where it failed and why, so an operator can fix and replay it.
 */
public final class DeadLetterHeaders {
    /** Which stage refused the record: ingest, decode, dedup, enrich, sink. */
    public static final String STAGE = "khabar.dlq.stage";
    /** A sentence saying what is wrong and, where possible, what to do. */
    public static final String REASON = "khabar.dlq.reason";
    public static final String EXCEPTION_CLASS = "khabar.dlq.exception.class";
    public static final String EXCEPTION_MESSAGE = "khabar.dlq.exception.message";
    public static final String SOURCE_TOPIC = "khabar.dlq.source.topic";
    public static final String SOURCE_PARTITION = "khabar.dlq.source.partition";
    public static final String SOURCE_OFFSET = "khabar.dlq.source.offset";
    /** When the record was dead-lettered (ISO-8601). */
    public static final String FAILED_AT = "khabar.dlq.failed.at";
    /**
     * Set (to the original size in bytes) when the value was left out because it is too large for
     * the dead-letter topic; the source coordinates still point at the original record.
     */
    public static final String VALUE_OMITTED = "khabar.dlq.value.omitted.bytes";

    private static final int MAX_MESSAGE = 2_000;

    private DeadLetterHeaders() {
    }

    /** Adds the failure headers to {@code headers} (replacing earlier ones) and returns them. */
    public static Headers describe(Headers headers, String stage, String reason, Throwable error,
                                   String sourceTopic, int sourcePartition, long sourceOffset) {
        put(headers, STAGE, stage);
        put(headers, REASON, reason);
        if (error != null) {
            put(headers, EXCEPTION_CLASS, error.getClass().getName());
            put(headers, EXCEPTION_MESSAGE, truncate(String.valueOf(error.getMessage())));
        }
        if (sourceTopic != null) {
            put(headers, SOURCE_TOPIC, sourceTopic);
            put(headers, SOURCE_PARTITION, Integer.toString(sourcePartition));
            put(headers, SOURCE_OFFSET, Long.toString(sourceOffset));
        }
        put(headers, FAILED_AT, java.time.Instant.now().toString());
        return headers;
    }

    public static void valueOmitted(Headers headers, int originalBytes) {
        put(headers, VALUE_OMITTED, Integer.toString(originalBytes));
    }

    public static Optional<String> get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? Optional.empty()
                : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String truncate(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
    }
}
