package org.khabar.ingest.extract.child;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Chooses the character set of a text or HTML document from a sample of its first bytes.
 *
 * <p>Order: byte-order mark; the charset the transport declared (HTTP {@code Content-Type}) or,
 * without one, the page's own {@code <meta charset>}, each checked against the bytes (a page
 * declared UTF-8 that is not UTF-8 is not believed; a page declaring a legacy charset whose bytes
 * are valid multi-byte UTF-8 is UTF-8); valid UTF-8; Arabic text in windows-1256; and only then
 * Tika's statistical detectors. The windows-1256 check comes before the statistical detectors
 * because they call short Arabic windows-1256 pages TIS-620 (Thai), see STACK-NOTES.
 */
public final class CharsetChooser {
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Bytes looked at; detection needs far less, but a long {@code <head>} can push the text back. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    private CharsetChooser() {
    }

    /** The charset of a document starting with {@code sample}; {@code declared} may be null. */
    public static Charset choose(byte[] sample, int length, String declared) {
        Charset bom = byteOrderMark(sample, length);
        if (bom != null) {
            return bom;
        }
        Utf8 utf8 = Utf8.check(sample, length);
        Charset declaredCharset = charset(declared);
        if (declaredCharset == null) {
            declaredCharset = htmlMetaCharset(sample, length);
        }
        if (declaredCharset != null) {
            Charset checked = checkDeclared(declaredCharset, utf8, sample, length);
            if (checked != null) {
                return checked;
            }
        }
        if (utf8.ascii() || utf8.mostlyValid()) {
            return StandardCharsets.UTF_8;
        }
        if (looksLikeArabicWindows1256(sample, length)) {
            return WINDOWS_1256;
        }
        Charset statistical = statistical(sample, length);
        return statistical != null ? statistical : StandardCharsets.UTF_8;
    }

    private static Charset checkDeclared(Charset declared, Utf8 utf8, byte[] sample, int length) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            // Believe a UTF-8 declaration unless the bytes say otherwise.
            return utf8.ascii() || utf8.mostlyValid() ? StandardCharsets.UTF_8 : null;
        }
        if (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) {
            // Without a byte-order mark a 16-bit declaration on 8-bit bytes is a copy-paste error.
            return utf8.ascii() || utf8.mostlyValid() ? StandardCharsets.UTF_8 : null;
        }
        if (utf8.strictlyValid() && utf8.multiByte() > 0) {
            return StandardCharsets.UTF_8;
        }
        if (isLatinDefault(declared) && looksLikeArabicWindows1256(sample, length)) {
            // Servers that default to ISO-8859-1 label Arabic windows-1256 pages as Latin.
            return WINDOWS_1256;
        }
        return declared;
    }

    private static boolean isLatinDefault(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii");
    }

    static Charset byteOrderMark(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** A charset by name, or null when the name is empty, unknown or not supported by this JVM. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.startsWith("\"") && n.endsWith("\"") && n.length() > 1) {
            n = n.substring(1, n.length() - 1);
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset htmlMetaCharset(byte[] sample, int length) {
        try {
            return new HtmlEncodingDetector().detect(new ByteArrayInputStream(sample, 0, length), new Metadata());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Most bytes above 0x7F decode, in windows-1256, to Arabic letters: Arabic text in that code
     * page. French letters keep their Latin-1 positions in windows-1256, so Latin-1 text fails this.
     */
    static boolean looksLikeArabicWindows1256(byte[] sample, int length) {
        int high = 0;
        int arabic = 0;
        String decoded = new String(sample, 0, length, WINDOWS_1256);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x80) {
                continue;
            }
            high++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                arabic++;
            }
        }
        return high >= 4 && arabic * 10 >= high * 7;
    }

    private static Charset statistical(byte[] sample, int length) {
        for (EncodingDetector detector : new EncodingDetector[] {new UniversalEncodingDetector(), new Icu4jEncodingDetector()}) {
            try {
                Charset c = detector.detect(new ByteArrayInputStream(sample, 0, length), new Metadata());
                if (c != null) {
                    return c;
                }
            } catch (IOException | RuntimeException e) {
                // try the next one
            }
        }
        return null;
    }

    /** What a sample says about UTF-8: counts of valid multi-byte sequences and of invalid bytes. */
    record Utf8(int multiByte, int invalid, boolean ascii) {
        boolean strictlyValid() {
            return invalid == 0;
        }

        /** Valid UTF-8 with a few damaged sequences (at most one in fifty), as text cut or copied badly. */
        boolean mostlyValid() {
            return multiByte > 0 && invalid * 50 <= multiByte;
        }

        static Utf8 check(byte[] b, int n) {
            int multi = 0;
            int invalid = 0;
            boolean ascii = true;
            int i = 0;
            while (i < n) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                ascii = false;
                int need;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                if (i + need >= n) {
                    // A sequence cut by the end of the sample is not an error.
                    break;
                }
                int cp = c & (0x3F >> need);
                boolean ok = true;
                for (int k = 1; k <= need; k++) {
                    int cc = b[i + k] & 0xFF;
                    if ((cc & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3F);
                }
                if (ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    multi++;
                    i += need + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8(multi, invalid, ascii);
        }
    }
}
