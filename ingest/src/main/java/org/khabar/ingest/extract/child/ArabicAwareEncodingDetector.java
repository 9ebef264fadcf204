package org.khabar.ingest.extract.child;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika encoding detector for Khabar's text and HTML parsing (set in the {@code ParseContext}, which
 * overrides the parsers' own detectors): {@link CharsetChooser} with the charset the transport
 * declared, if any. Serializable: it travels to the forked parser process with the request.
 */
public final class ArabicAwareEncodingDetector implements EncodingDetector {
    private static final long serialVersionUID = 1L;

    private final String declaredCharset;

    /** @param declaredCharset the charset of an HTTP {@code Content-Type}, or null */
    public ArabicAwareEncodingDetector(String declaredCharset) {
        this.declaredCharset = declaredCharset;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(CharsetChooser.SAMPLE_BYTES);
        try {
            byte[] sample = input.readNBytes(CharsetChooser.SAMPLE_BYTES);
            return CharsetChooser.choose(sample, sample.length, declaredCharset);
        } finally {
            input.reset();
        }
    }
}
