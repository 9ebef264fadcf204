package org.khabar.ingest.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.khabar.ingest.Articles;
import org.khabar.ingest.extract.DocumentExtractor;
import org.khabar.ingest.extract.ExtractedDocument;
import org.khabar.ingest.fetch.FetchException;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.SafeFetcher;
import org.khabar.ingest.publish.Checkpoints;
import org.khabar.ingest.publish.Outbox;
import org.khabar.model.ArticleIds;
import org.khabar.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one RSS or Atom feed: a conditional GET ({@code If-None-Match} / {@code If-Modified-Since}
 * from the last complete poll), then each item not seen before, oldest first: its page is fetched
 * (through {@link SafeFetcher}: the item's link is as untrusted as the feed) and extracted, falling
 * back to the feed's own content when the page cannot be used. Each item's article or dead letter
 * is committed in one transaction with the item's checkpoint, so a restart neither loses nor
 * repeats items. The feed's ETag and Last-Modified are saved only when every item of the response
 * is done; an item that failed for a transient reason is retried on the next polls, and after
 * three failed attempts it falls back to the feed's content or is dead-lettered.
 */
public final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    static final String FEED_KIND = "feed";
    static final String ITEM_KIND = "feed-item";
    private static final String SOURCE_KIND = "feed";
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.5";

    /** The feed's checkpoint: validators of the last complete poll, and the hash of a refused document. */
    public record FeedCheckpoint(String etag, String lastModified, String refusedSha256, Instant at) {
    }

    /** An item's checkpoint. */
    public record ItemCheckpoint(String guid, String articleId, String outcome, Instant at) {
    }

    /** What one poll did (tests and logs). */
    public record PollResult(int status, int items, int published, int deadLettered, int pending) {
    }

    private final String url;
    private final String feedKey;
    private final SafeFetcher fetcher;
    private final DocumentExtractor extractor;
    private final Outbox outbox;
    private final Duration itemRetention;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    public FeedPoller(String url, SafeFetcher fetcher, DocumentExtractor extractor, Outbox outbox,
                      Duration itemRetention) {
        this.url = url;
        this.feedKey = url;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.outbox = outbox;
        this.itemRetention = itemRetention;
    }

    public String url() {
        return url;
    }

    /** One poll; never throws for the feed's or an item's problems (they are logged, dead-lettered or retried). */
    public PollResult pollOnce() {
        Checkpoints cps = outbox.checkpoints();
        FeedCheckpoint last = cps.get(FEED_KIND, feedKey, FeedCheckpoint.class);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ACCEPT);
        if (last != null && last.etag() != null) {
            headers.put("If-None-Match", last.etag());
        }
        if (last != null && last.lastModified() != null) {
            headers.put("If-Modified-Since", last.lastModified());
        }
        FetchResult response;
        try {
            response = fetcher.get(url, headers);
        } catch (FetchException e) {
            LOG.warn("feed {}: {} ({}; next poll retries)", url, e.getMessage(), e.kind());
            return new PollResult(-1, 0, 0, 0, 0);
        }
        if (response.notModified()) {
            LOG.debug("feed {} not modified", url);
            return new PollResult(304, 0, 0, 0, 0);
        }
        FeedDocument feed;
        try {
            feed = FeedParser.parse(response.body(), contentTypeHeader(response), response.finalUri().toString());
        } catch (FeedParser.InvalidFeedException e) {
            refuseFeed(response, e, last);
            return new PollResult(response.status(), 0, 0, 1, 0);
        }
        String source = feed.title() != null ? feed.title() : host(url);
        List<FeedDocument.Item> oldestFirst = new ArrayList<>(feed.items());
        oldestFirst.sort((a, b) -> {
            if (a.publishedAt() != null && b.publishedAt() != null) {
                return a.publishedAt().compareTo(b.publishedAt());
            }
            return 0;
        });
        if (oldestFirst.stream().anyMatch(i -> i.publishedAt() == null)) {
            // Without dates, feeds list newest first: read them backwards.
            oldestFirst = new ArrayList<>(feed.items());
            java.util.Collections.reverse(oldestFirst);
        }
        int published = 0;
        int dead = 0;
        int pending = 0;
        Set<String> current = new HashSet<>();
        for (FeedDocument.Item item : oldestFirst) {
            String itemId = itemId(item.guid());
            current.add(itemId);
            if (cps.get(ITEM_KIND, itemId, ItemCheckpoint.class) != null) {
                continue;
            }
            try {
                Outcome o = ingest(item, itemId, source, feed.language());
                if (o == Outcome.PUBLISHED) {
                    published++;
                } else if (o == Outcome.DEAD_LETTERED) {
                    dead++;
                } else {
                    pending++;
                }
            } catch (PublishFailed e) {
                LOG.warn("feed {}: could not publish item {}, will retry: {}", url, item.guid(), e.getMessage());
                pending++;
                break;
            }
        }
        if (pending == 0) {
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            records.add(cps.put(FEED_KIND, feedKey, new FeedCheckpoint(response.etag(), response.lastModified(), null,
                    Instant.now())));
            records.addAll(prune(current));
            try {
                await(outbox.checkpoint(records));
            } catch (PublishFailed e) {
                LOG.warn("feed {}: could not save the feed checkpoint: {}", url, e.getMessage());
            }
        }
        return new PollResult(response.status(), feed.items().size(), published, dead, pending);
    }

    private enum Outcome { PUBLISHED, DEAD_LETTERED, RETRY }

    private Outcome ingest(FeedDocument.Item item, String itemId, String source, String feedLanguage) {
        Checkpoints cps = outbox.checkpoints();
        String dlqKey = "feed:" + url + "#" + item.guid();
        String problem = null;
        Throwable error = null;
        boolean transientProblem = false;
        ExtractedDocument doc = null;
        String fetchedFrom = null;
        if (item.link() != null) {
            try {
                FetchResult page = fetcher.get(item.link(), Map.of());
                fetchedFrom = page.finalUri().toString();
                doc = extractor.extract(new ByteArrayInputStream(page.body()), fileName(page.finalUri()),
                        page.contentType(), page.charset(), fetchedFrom);
            } catch (FetchException e) {
                problem = e.getMessage();
                error = e;
                transientProblem = e.kind() == FetchException.Kind.TRANSIENT;
            } catch (DocumentExtractor.ExtractionException e) {
                problem = e.getMessage();
                error = e;
                transientProblem = e.retryable();
            }
        } else {
            problem = "the item has no link";
        }
        if (doc == null && transientProblem) {
            int n = attempts.merge(itemId, 1, Integer::sum);
            if (n < MAX_ATTEMPTS) {
                LOG.info("feed {}: item {} not available yet (attempt {} of {}): {}", url, item.link(), n, MAX_ATTEMPTS,
                        problem);
                return Outcome.RETRY;
            }
        }
        if (doc == null && item.html() != null) {
            // The page could not be used: the feed's own content is the next best text.
            try {
                doc = extractor.extract(new ByteArrayInputStream(item.html().getBytes(StandardCharsets.UTF_8)),
                        "item.html", "text/html", "UTF-8", item.link());
                fetchedFrom = item.link();
                LOG.info("feed {}: item {} ingested from the feed's own content ({})", url, item.guid(), problem);
            } catch (DocumentExtractor.ExtractionException e) {
                if (e.retryable()) {
                    return Outcome.RETRY;
                }
                problem = (problem == null ? "" : problem + "; ") + "the feed's content: " + e.getMessage();
            }
        }
        attempts.remove(itemId);
        if (doc == null) {
            String reason = "feed item " + item.guid() + " of " + url + " could not be ingested: " + problem;
            byte[] value = item.html() == null ? null : item.html().getBytes(StandardCharsets.UTF_8);
            await(outbox.deadLetter(new Outbox.DeadLetter(dlqKey, value, reason, error), SOURCE_KIND,
                    List.of(cps.put(ITEM_KIND, itemId, new ItemCheckpoint(item.guid(), null, "dead_lettered",
                            Instant.now())))));
            return Outcome.DEAD_LETTERED;
        }
        RawArticle article = Articles.fromDocument(doc, source, fetchedFrom, item.title(),
                item.publishedAt() != null ? item.publishedAt() : Instant.now(), feedLanguage);
        if (item.title() != null && doc.title() != null && !doc.title().equals(item.title())) {
            // The feed's title is the editor's headline; pages often add the site's name to theirs.
            article = new RawArticle(article.id(), article.source(), article.url(), item.title(), article.publishedAt(),
                    article.language(), article.text());
        }
        List<ProducerRecord<byte[], byte[]>> cp = List.of(cps.put(ITEM_KIND, itemId,
                new ItemCheckpoint(item.guid(), article.id(), "published", Instant.now())));
        try {
            await(outbox.publish(article, SOURCE_KIND, cp));
        } catch (Outbox.ArticleTooLargeException e) {
            await(outbox.deadLetter(new Outbox.DeadLetter(dlqKey, null, e.getMessage(), e), SOURCE_KIND, cp));
            return Outcome.DEAD_LETTERED;
        }
        return Outcome.PUBLISHED;
    }

    /** A refused feed document is dead-lettered once, not at every poll. */
    private void refuseFeed(FetchResult response, FeedParser.InvalidFeedException e, FeedCheckpoint last) {
        String sha = ArticleIds.sha256Hex(new String(response.body(), StandardCharsets.ISO_8859_1));
        if (last != null && sha.equals(last.refusedSha256())) {
            LOG.debug("feed {} still refused: {}", url, e.getMessage());
            return;
        }
        String reason = "feed " + url + " refused: " + e.getMessage();
        try {
            await(outbox.deadLetter(new Outbox.DeadLetter("feed:" + url, response.body(), reason, e.getCause()),
                    SOURCE_KIND, List.of(outbox.checkpoints().put(FEED_KIND, feedKey, new FeedCheckpoint(
                            last == null ? null : last.etag(), last == null ? null : last.lastModified(), sha,
                            Instant.now())))));
        } catch (PublishFailed pf) {
            LOG.warn("feed {}: could not dead-letter the refused feed: {}", url, pf.getMessage());
        }
    }

    /** Item checkpoints of items gone from the feed for longer than the retention (they will not come back). */
    private List<ProducerRecord<byte[], byte[]>> prune(Set<String> current) {
        Checkpoints cps = outbox.checkpoints();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        Instant cutoff = Instant.now().minus(itemRetention);
        String prefix = feedPrefix();
        for (String id : cps.ids(ITEM_KIND, prefix)) {
            if (current.contains(id)) {
                continue;
            }
            ItemCheckpoint c = cps.get(ITEM_KIND, id, ItemCheckpoint.class);
            if (c != null && c.at() != null && c.at().isBefore(cutoff)) {
                out.add(cps.delete(ITEM_KIND, id));
            }
        }
        return out;
    }

    private String feedPrefix() {
        return ArticleIds.sha256Hex(url).substring(0, 16) + "/";
    }

    /** Item checkpoint id: the feed's hash and the guid's, so one key per item whatever the guid holds. */
    String itemId(String guid) {
        return feedPrefix() + ArticleIds.sha256Hex(guid).substring(0, 32);
    }

    private static String contentTypeHeader(FetchResult r) {
        if (r.contentType() == null) {
            return null;
        }
        return r.charset() == null ? r.contentType() : r.contentType() + "; charset=" + r.charset();
    }

    private static String fileName(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return "page.html";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static void await(CompletableFuture<Void> f) {
        try {
            f.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailed("interrupted");
        } catch (ExecutionException e) {
            throw new PublishFailed(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            throw new PublishFailed("Kafka did not acknowledge within " + ACK_TIMEOUT.toSeconds() + " s");
        }
    }

    /** The transaction did not commit; the item stays pending. */
    private static final class PublishFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PublishFailed(String message) {
            super(message);
        }
    }
}
