package org.khabar.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.khabar.ingest.fetch.FetchLimits;
import org.khabar.ingest.http.HttpOptions;
import org.khabar.ingest.publish.Checkpoints;
import org.khabar.ingest.publish.TransactionalPublisher;

/**
 * The long-running sources {@link IngestSources} runs, and their settings.
 *
 * @param feeds RSS/Atom URLs to poll
 * @param feedInterval time between the end of one poll of a feed and the start of the next
 * @param watch folders to watch (recursively) for new and changed files
 * @param watchInterval time between two scans of the watched folders
 * @param http the HTTP endpoint, or null for none
 * @param fetchAllow addresses, ranges (CIDR) or address:port pairs that may be fetched although
 *                   private or local (an intranet feed server); everything else non-public is refused
 * @param fetch caps on fetching feeds, their items' pages and submitted URLs
 * @param instanceId names this ingest instance: its Kafka transactional id and the prefix of its
 *                   checkpoints; two instances running at once must have different ids
 * @param checkpointTopic the compacted topic holding the checkpoints
 * @param feedItemRetention how long a feed item's checkpoint is kept after it left the feed
 * @param commitHook called before each commit (tests simulate a crash there); {@link TransactionalPublisher.CommitHook#NONE}
 */
public record SourcesOptions(List<String> feeds, Duration feedInterval, List<Path> watch, Duration watchInterval,
                             HttpOptions http, List<String> fetchAllow, FetchLimits fetch, String instanceId,
                             String checkpointTopic, Duration feedItemRetention,
                             TransactionalPublisher.CommitHook commitHook) {
    public SourcesOptions {
        feeds = List.copyOf(feeds);
        watch = List.copyOf(watch);
        fetchAllow = List.copyOf(fetchAllow);
        if (instanceId == null || !instanceId.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("ingest id must be 1-100 letters, digits, '.', '_' or '-', got \""
                    + instanceId + "\"");
        }
        if (feedInterval.isNegative() || feedInterval.isZero() || watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("poll intervals must be positive");
        }
        if (commitHook == null) {
            commitHook = TransactionalPublisher.CommitHook.NONE;
        }
    }

    /** No sources; feeds every 5 minutes, folders every 2 seconds, instance "khabar-ingest". */
    public static SourcesOptions defaults() {
        return new SourcesOptions(List.of(), Duration.ofMinutes(5), List.of(), Duration.ofSeconds(2), null, List.of(),
                FetchLimits.defaults(), "khabar-ingest", Checkpoints.TOPIC, Duration.ofDays(30),
                TransactionalPublisher.CommitHook.NONE);
    }

    public boolean isEmpty() {
        return feeds.isEmpty() && watch.isEmpty() && http == null;
    }

    public SourcesOptions withFeeds(List<String> urls, Duration interval) {
        return new SourcesOptions(urls, interval, watch, watchInterval, http, fetchAllow, fetch, instanceId,
                checkpointTopic, feedItemRetention, commitHook);
    }

    public SourcesOptions withWatch(List<Path> folders, Duration interval) {
        return new SourcesOptions(feeds, feedInterval, folders, interval, http, fetchAllow, fetch, instanceId,
                checkpointTopic, feedItemRetention, commitHook);
    }

    public SourcesOptions withHttp(HttpOptions options) {
        return new SourcesOptions(feeds, feedInterval, watch, watchInterval, options, fetchAllow, fetch, instanceId,
                checkpointTopic, feedItemRetention, commitHook);
    }

    public SourcesOptions withFetch(List<String> allow, FetchLimits limits) {
        return new SourcesOptions(feeds, feedInterval, watch, watchInterval, http, allow, limits, instanceId,
                checkpointTopic, feedItemRetention, commitHook);
    }

    public SourcesOptions withInstanceId(String id) {
        return new SourcesOptions(feeds, feedInterval, watch, watchInterval, http, fetchAllow, fetch, id,
                checkpointTopic, feedItemRetention, commitHook);
    }

    public SourcesOptions withCheckpointTopic(String topic) {
        return new SourcesOptions(feeds, feedInterval, watch, watchInterval, http, fetchAllow, fetch, instanceId,
                topic, feedItemRetention, commitHook);
    }

    public SourcesOptions withCommitHook(TransactionalPublisher.CommitHook hook) {
        return new SourcesOptions(feeds, feedInterval, watch, watchInterval, http, fetchAllow, fetch, instanceId,
                checkpointTopic, feedItemRetention, hook);
    }
}
