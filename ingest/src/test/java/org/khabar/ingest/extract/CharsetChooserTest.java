package org.khabar.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.extract.child.CharsetChooser;
import org.khabar.ingest.testing.Fixtures;

/** The charset choice, without a parser: the short windows-1256 page Tika alone calls TIS-620 included. */
class CharsetChooserTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");

    private static Charset choose(byte[] b, String declared) {
        return CharsetChooser.choose(b, b.length, declared);
    }

    @Test
    void shortWindows1256WithoutMetaIsArabicNotThai() {
        assertEquals(CP1256, choose("<p>انفجار</p>".getBytes(CP1256), null));
        assertEquals(CP1256, choose("انفجار في مستودع".getBytes(CP1256), null));
    }

    @Test
    void longWindows1256WithAndWithoutMeta() {
        String body = "<p>" + Fixtures.S1 + Fixtures.S2 + "</p>";
        assertEquals(CP1256, choose(body.getBytes(CP1256), null));
        String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">" + body;
        assertEquals(CP1256, choose(meta.getBytes(CP1256), null));
    }

    @Test
    void aWrongDeclarationDoesNotWinOverTheBytes() {
        byte[] utf8 = ("<meta charset=\"windows-1256\"><p>" + Fixtures.S1 + "</p>").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, choose(utf8, null));
        assertEquals(StandardCharsets.UTF_8, choose(utf8, "ISO-8859-1"));
        byte[] cp1256 = Fixtures.S1.getBytes(CP1256);
        assertEquals(CP1256, choose(cp1256, "UTF-8"));
        assertEquals(CP1256, choose(cp1256, "ISO-8859-1"));
    }

    @Test
    void utf8WithAFewBrokenSequencesIsStillUtf8() {
        byte[] good = (Fixtures.S1 + Fixtures.S2).getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(good, good.length + 3);
        damaged[good.length] = (byte) 0xFF;
        damaged[good.length + 1] = (byte) 0xC3;
        damaged[good.length + 2] = (byte) 0x28;
        assertEquals(StandardCharsets.UTF_8, choose(damaged, null));
        // A sequence cut by the end of the sample is not damage.
        assertEquals(StandardCharsets.UTF_8, choose(java.util.Arrays.copyOf(good, good.length - 1), null));
    }

    @Test
    void latinTextIsNotTakenForArabic() {
        byte[] french = "Le général a évoqué une réunion à Genève près du lac, où l'été est doux.".getBytes(StandardCharsets.ISO_8859_1);
        Charset c = choose(french, null);
        assertEquals("é", new String(new byte[] {(byte) 0xE9}, c));
        assertEquals(StandardCharsets.UTF_8, choose("plain ascii".getBytes(StandardCharsets.US_ASCII), null));
        assertEquals(StandardCharsets.UTF_16LE, choose(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, null));
    }
}
