package org.khabar.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.khabar.ingest.extract.ExtractedDocument;
import org.khabar.model.ArticleIds;
import org.khabar.model.RawArticle;

/** Raw articles from extracted documents and submitted JSON, the same way for every source. */
public final class Articles {
    private Articles() {
    }

    /**
     * The article of an extracted document.
     *
     * @param fetchedFrom the URL the document was fetched from, or null for local files and pushed bodies
     * @param fallbackPublished the publication time when the document gives none (feed item date, file time, now)
     */
    public static RawArticle fromDocument(ExtractedDocument doc, String source, String fetchedFrom, String title,
                                          Instant fallbackPublished, String fallbackLanguage) {
        String url = fetchedFrom;
        if (doc.canonicalUrl() != null && (fetchedFrom == null || sameSite(doc.canonicalUrl(), fetchedFrom))) {
            // A fetched page may only name a canonical URL on its own site: otherwise a hostile page
            // could take another article's id (ids are hashes of canonical URLs).
            url = doc.canonicalUrl();
        }
        Instant published = doc.publishedAt() != null ? doc.publishedAt() : fallbackPublished;
        String language = doc.language();
        if ((language == null || language.equals("und")) && fallbackLanguage != null) {
            language = fallbackLanguage;
        }
        String t = doc.title() != null ? doc.title() : title;
        return new RawArticle(ArticleIds.idFor(url, doc.text()), source, url, t, published, language, doc.text());
    }

    /** Same host, or one a subdomain of the other, ignoring a leading "www.". */
    static boolean sameSite(String a, String b) {
        String ha = host(a);
        String hb = host(b);
        if (ha == null || hb == null) {
            return false;
        }
        return ha.equals(hb) || ha.endsWith("." + hb) || hb.endsWith("." + ha);
    }

    private static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
