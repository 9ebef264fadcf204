package org.khabar.sink;

import java.util.List;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;

/** Where the sink writes. Writes are idempotent: writing the same batch twice leaves one row per id. */
public interface ArticleStore extends AutoCloseable {
    /** Writes all three lists in one transaction: all of it is stored, or none. */
    void write(List<EnrichedArticle> articles, List<DuplicateNotice> copies, List<Event> events) throws StoreException;

    default void write(List<EnrichedArticle> articles, List<DuplicateNotice> copies) throws StoreException {
        write(articles, copies, List.of());
    }

    long countArticles() throws StoreException;

    long countCopies() throws StoreException;

    @Override
    void close();
}
