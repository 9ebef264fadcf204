package org.khabar.sink;

import java.util.List;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;

/** Told after each committed database transaction what it stored (launcher progress, tests). */
@FunctionalInterface
public interface SinkListener {
    SinkListener NONE = (articles, copies, deadLettered) -> {
    };

    void stored(List<EnrichedArticle> articles, List<DuplicateNotice> copies, List<String> deadLetteredKeys);
}
