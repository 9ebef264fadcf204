package org.khabar.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.khabar.model.ArticleIds;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom with ROME, with XML DOCTYPE declarations refused (no
 * external entities, no entity expansion bombs) and external DTDs never loaded.
 */
public final class FeedParser {
    /** Items read per feed document; feeds list their newest first. */
    static final int MAX_ITEMS = 500;

    private FeedParser() {
    }

    /** A feed that is not a usable RSS or Atom document; the message says why. */
    public static final class InvalidFeedException extends Exception {
        public InvalidFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param contentType the HTTP {@code Content-Type} header (its charset is used as ROME's XmlReader
     *                    uses it, with the XML prolog and byte-order mark), or null
     * @param baseUrl the feed's URL, to make relative item links absolute
     */
    public static FeedDocument parse(byte[] body, String contentType, String baseUrl) throws InvalidFeedException {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE") || (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("DOCTYPE"))) {
                throw new InvalidFeedException("XML with a DOCTYPE declaration is refused (external entities and "
                        + "entity expansion are never processed)", e);
            }
            throw new InvalidFeedException("not a valid RSS or Atom feed: " + msg, e);
        }
        List<FeedDocument.Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            String link = absolute(baseUrl, e.getLink());
            String html = content(e);
            String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
            String guid = e.getUri();
            if (guid == null || guid.isBlank()) {
                guid = link != null ? link : "h-" + ArticleIds.sha256Hex(String.valueOf(title) + "\n" + String.valueOf(html));
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new FeedDocument.Item(guid.strip(), link, title, date == null ? null : date.toInstant(), html));
        }
        String lang = feed.getLanguage();
        return new FeedDocument(feed.getTitle() == null ? null : feed.getTitle().strip(),
                lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0], items);
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
            sb.append(e.getDescription().getValue());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base == null ? URI.create(link.strip()) : URI.create(base).resolve(link.strip());
            String scheme = resolved.getScheme();
            return scheme == null ? null : resolved.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
