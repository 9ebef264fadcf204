package org.khabar.sink;

import java.util.List;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;

/** Where the sink writes. Writes are idempotent: writing the same batch twice leaves one row per id. */
public interface ArticleStore extends AutoCloseable {
    /** Writes both lists in one transaction: all of it is stored, or none. */
    void write(List<EnrichedArticle> articles, List<DuplicateNotice> copies) throws StoreException;

    long countArticles() throws StoreException;

    long countCopies() throws StoreException;

    @Override
    void close();
}
