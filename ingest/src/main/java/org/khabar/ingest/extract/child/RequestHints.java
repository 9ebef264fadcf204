package org.khabar.ingest.extract.child;

import java.io.Serializable;

/**
 * What the parent process knows about a document that the bytes may not say, sent with the parse
 * request in the {@code ParseContext}: where it came from (to resolve relative links) and how large
 * an HTML page may be before it is refused.
 *
 * @param baseUrl the document's URL, or null for local files
 * @param maxHtmlBytes HTML larger than this is refused instead of parsed into a DOM
 */
public record RequestHints(String baseUrl, long maxHtmlBytes) implements Serializable {
}
