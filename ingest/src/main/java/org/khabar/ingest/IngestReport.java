package org.khabar.ingest;

import java.util.ArrayList;
import java.util.List;

/** What one ingest run published and refused. Thread-safe. */
public final class IngestReport {
    private final List<String> publishedIds = new ArrayList<>();
    private final List<String> deadLetteredKeys = new ArrayList<>();

    synchronized void published(String id) {
        publishedIds.add(id);
    }

    synchronized void deadLettered(String key) {
        deadLetteredKeys.add(key);
    }

    /** Ids of the articles the broker acknowledged, in order (an id appears twice if sent twice). */
    public synchronized List<String> publishedIds() {
        return List.copyOf(publishedIds);
    }

    /** Keys of the inputs refused and sent to the dead-letter topic. */
    public synchronized List<String> deadLetteredKeys() {
        return List.copyOf(deadLetteredKeys);
    }
}
