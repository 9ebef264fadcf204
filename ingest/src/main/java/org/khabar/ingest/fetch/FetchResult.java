package org.khabar.ingest.fetch;

import java.net.URI;

/**
 * A fetched resource.
 *
 * @param status 200-class, or 304 when a conditional request found it unchanged (then {@code body} is empty)
 * @param finalUri the URL after redirects
 * @param contentType the media type without parameters, lower case, or null
 * @param charset the {@code charset} parameter of {@code Content-Type}, or null
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record FetchResult(int status, URI finalUri, String contentType, String charset, String etag,
                          String lastModified, byte[] body) {
    public boolean notModified() {
        return status == 304;
    }
}
