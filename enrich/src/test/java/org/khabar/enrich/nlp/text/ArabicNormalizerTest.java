package org.khabar.enrich.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.model.Mention;

class ArabicNormalizerTest {
    @Test
    void foldsLettersDigitsAndDropsMarks() {
        assertEquals("اعلن الجيش مقتل 12 شخصا", ArabicNormalizer.fold("أعلَنَ الجيـــش مقتل ١٢ شخصاً"));
        assertEquals("مدرسه في كربلاء", ArabicNormalizer.fold("مدرسة في كربلاء").replace('ء', 'ء'));
        assertEquals("يي كك", ArabicNormalizer.fold("ىی کك"));
        assertEquals("2024", ArabicNormalizer.fold("۲۰۲۴"));
        assertEquals("\"الحشد\" - اليوم", ArabicNormalizer.fold("«الحشد» – اليوم"));
    }

    @Test
    void expandsPresentationForms() {
        assertEquals("لا", ArabicNormalizer.fold("\ufefb"));
    }

    @Test
    void mapsSpansBackToTheOriginal() {
        String original = "قُتِلَ ثلاثةُ أشخاصٍ في بغداد";
        NormalizedText n = ArabicNormalizer.normalize(original);
        int at = n.text().indexOf("اشخاص");
        Mention m = n.mention(at, at + "اشخاص".length());
        assertEquals("أشخاصٍ", m.text());
        assertEquals(original.substring(m.start(), m.end()), m.text());
        int b = n.text().indexOf("بغداد");
        Mention baghdad = n.mention(b, b + 5);
        assertEquals("بغداد", baghdad.text());
    }

    @Test
    void tokensAndClitics() {
        var tokens = Tokenizer.tokens(ArabicNormalizer.normalize("وبالحشد الشعبي 1,200 قتيل."));
        assertEquals(4, tokens.size());
        assertEquals("1,200", tokens.get(2).text());
        assertTrue(Clitics.readings("وبالحشد").contains("حشد"));
        assertTrue(Clitics.readings("للجيش").contains("الجيش"));
        assertTrue(Clitics.readings("بغداد").contains("بغداد"));
        assertEquals("بغداد", Clitics.readings("بغداد").get(0));
    }
}
