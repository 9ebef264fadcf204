package org.khabar.ingest.extract;

import java.time.Duration;

/**
 * Limits on parsing one document. Parsing happens in a separate JVM (Tika pipes), so a document
 * that breaks them ends that document only, never the service.
 *
 * @param maxDocumentBytes documents larger than this are refused before parsing
 * @param maxTextChars text kept per document (Tika's write limit); the rest is cut and the document marked truncated
 * @param timeout longest parse; the parser process is killed and restarted after it
 * @param parserHeapMb heap of each parser process, in MiB
 * @param parserProcesses parser processes running side by side
 * @param maxEmbeddedDocuments embedded documents (attachments, OLE objects) parsed per document
 * @param maxCompressionRatio Tika's zip-bomb guard: largest ratio of text out to compressed bytes in
 */
public record ExtractionLimits(long maxDocumentBytes, int maxTextChars, Duration timeout, int parserHeapMb,
                               int parserProcesses, int maxEmbeddedDocuments, long maxCompressionRatio) {
    public ExtractionLimits {
        if (maxDocumentBytes < 1 || maxTextChars < 1 || parserHeapMb < 32 || parserProcesses < 1
                || maxEmbeddedDocuments < 0 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("extraction limits must be positive (parser heap at least 32 MiB): "
                    + maxDocumentBytes + ", " + maxTextChars + ", " + parserHeapMb + ", " + parserProcesses);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("extraction timeout must be positive");
        }
    }

    /**
     * 64 MiB documents, 1,000,000 characters of text (at most about 3 MB of UTF-8, well under
     * Kafka's 8 MiB request limit Khabar's producers use), 60 s per document, two 256 MiB parser
     * processes, 10 embedded documents, compression ratio 100.
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(64L * 1024 * 1024, 1_000_000, Duration.ofSeconds(60), 256, 2, 10, 100);
    }

    public ExtractionLimits withMaxDocumentBytes(long bytes) {
        return new ExtractionLimits(bytes, maxTextChars, timeout, parserHeapMb, parserProcesses, maxEmbeddedDocuments,
                maxCompressionRatio);
    }

    public ExtractionLimits withMaxTextChars(int chars) {
        return new ExtractionLimits(maxDocumentBytes, chars, timeout, parserHeapMb, parserProcesses, maxEmbeddedDocuments,
                maxCompressionRatio);
    }

    public ExtractionLimits withTimeout(Duration t) {
        return new ExtractionLimits(maxDocumentBytes, maxTextChars, t, parserHeapMb, parserProcesses, maxEmbeddedDocuments,
                maxCompressionRatio);
    }

    public ExtractionLimits withParserHeapMb(int mb) {
        return new ExtractionLimits(maxDocumentBytes, maxTextChars, timeout, mb, parserProcesses, maxEmbeddedDocuments,
                maxCompressionRatio);
    }

    public ExtractionLimits withParserProcesses(int n) {
        return new ExtractionLimits(maxDocumentBytes, maxTextChars, timeout, parserHeapMb, n, maxEmbeddedDocuments,
                maxCompressionRatio);
    }
}
