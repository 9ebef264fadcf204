package org.khabar.ingest.extract;

import java.nio.file.Path;

/**
 * A document to extract, on disk, with what its transport said about it.
 *
 * @param file the bytes
 * @param name a file name; its extension helps type detection
 * @param contentType the declared media type (HTTP {@code Content-Type} without parameters), or null
 * @param charset the declared charset (HTTP {@code Content-Type} parameter), or null
 * @param url where it was fetched from, to resolve relative links; null for local files
 */
public record DocumentInput(Path file, String name, String contentType, String charset, String url) {
    public static DocumentInput of(Path file) {
        return new DocumentInput(file, file.getFileName().toString(), null, null, null);
    }
}
