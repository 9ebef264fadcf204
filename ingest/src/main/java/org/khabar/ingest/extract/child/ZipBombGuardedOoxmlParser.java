package org.khabar.ingest.extract.child;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's OOXML parser (DOCX and friends) behind a zip-bomb check. Tika switches POI's own check
 * off and relies on its output-ratio guard, which only sees text once it is written out: a DOCX
 * whose one text run inflates to hundreds of megabytes exhausts memory first. So before parsing,
 * every entry of the package is inflated once, without keeping anything, and the package is
 * refused when it inflates to more than {@value #MAX_RATIO} times its size (beyond
 * {@value #FREE_BYTES} bytes) or beyond {@value #MAX_INFLATED} bytes in all, or holds more than
 * {@value #MAX_ENTRIES} entries. Declared sizes are not trusted: the bytes are counted.
 */
public final class ZipBombGuardedOoxmlParser extends ParserDecorator {
    private static final long serialVersionUID = 1L;
    static final long MAX_RATIO = 100;
    static final long FREE_BYTES = 20L * 1024 * 1024;
    static final long MAX_INFLATED = 1024L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    public ZipBombGuardedOoxmlParser() {
        super(streamingOoxmlParser());
    }

    private static OOXMLParser streamingOoxmlParser() {
        OOXMLParser p = new OOXMLParser();
        // Streaming reading of DOCX: the DOM reader holds the whole document in memory.
        p.setUseSAXDocxExtractor(true);
        p.setExtractMacros(false);
        return p;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        try (TemporaryResources tmp = new TemporaryResources()) {
            TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
            check(tis.getPath());
            super.parse(tis, handler, metadata, context);
        }
    }

    static void check(Path file) throws IOException, TikaException {
        long size = Files.size(file);
        long allowed = Math.min(MAX_INFLATED, Math.max(FREE_BYTES, size * MAX_RATIO));
        long inflated = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new TikaException("Zip bomb detected: more than " + MAX_ENTRIES + " entries");
                }
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buf)) >= 0) {
                        inflated += n;
                        if (inflated > allowed) {
                            throw new TikaException("Zip bomb detected: the " + size + "-byte package inflates to more "
                                    + "than " + allowed + " bytes (entry " + e.getName() + ")");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new TikaException("not a valid zip package: " + e.getMessage(), e);
        }
    }
}
