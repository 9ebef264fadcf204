package org.khabar.ingest.extract.child;

/** Metadata keys Khabar's own HTML parser sets, read back by the parent process. */
public final class KhabarMetadata {
    /** Publication date strings as the page gives them, best first (JSON-LD, meta tags, {@code <time>}). */
    public static final String PUBLISHED = "khabar:published";
    /** The page's canonical URL, absolute. */
    public static final String CANONICAL_URL = "khabar:canonical";
    /** The page's declared language ({@code <html lang>}, Content-Language, JSON-LD inLanguage). */
    public static final String LANGUAGE = "khabar:language";
    /** How many blocks the main-text extraction dropped as navigation, sharing or related links. */
    public static final String DROPPED_BLOCKS = "khabar:dropped-blocks";

    private KhabarMetadata() {
    }
}
