package org.khabar.enrich.nlp.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.nlp.casualty.CasualtyTestSupport.extract;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyKind;
import org.khabar.model.CasualtyMention;

/** Every mention carries its span in the original text, its hedge and its main-event flag. */
class CasualtySpanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        وقال الجيش: قُتِلَ ثلاثةُ جنودٍ في الهجوم | قُتِلَ ثلاثةُ جنودٍ
        أسفر الانفجار عن مقتل ١٢ شخصاً وإصابة ٣٠ آخرين | مقتل ١٢ شخصاً
        وأفادت المصادر بسقوط 17 قتيلاً في القصف | 17 قتيلاً
        ما أسفر عن مقتل "حارسين وإصابة أربعة آخرين" | مقتل "حارسين
        لقي 7 أشخاص حتفهم في الانهيار | لقي 7 أشخاص حتفهم
        قتل جندي وأصيب اثنان آخران | وأصيب اثنان آخران
        """)
    void spanIsTheOriginalText(String sentence, String expected) {
        Casualties c = extract(sentence);
        CasualtyMention m = c.mentions().get(0);
        assertEquals(expected, m.text());
        assertEquals(sentence.substring(m.start(), m.end()), m.text());
    }

    @Test
    void everySpanMatchesItsOffsets() {
        String article = "بغداد - قُتل 5 أشخاص وأُصيب 12 آخرون بانفجار سيارة مفخخة.\n"
                + "وأعلنت الشرطة لاحقاً ارتفاع عدد القتلى إلى 9، بينهم طفلان.\n"
                + "وكان 3 أشخاص قد قُتلوا في هجوم مماثل الشهر الماضي.";
        Casualties c = extract(article);
        assertTrue(c.mentions().size() >= 4, c.mentions().toString());
        for (CasualtyMention m : c.mentions()) {
            assertEquals(article.substring(m.start(), m.end()), m.text());
        }
        assertEquals(9, c.killed());
        assertEquals(12, c.injured());
    }

    @Test
    void qualifierKeepsTheOriginalHedge() {
        Casualties c = extract("قُتل أكثرُ من 20 شخصاً في الغارة، وأصيب 10 أشخاص على الأقل");
        assertEquals("أكثرُ من", c.mentions().get(0).qualifier());
        assertEquals(20, c.mentions().get(0).count());
        assertEquals("على الأقل", c.mentions().get(1).qualifier());
        assertNull(extract("قتل 5 أشخاص").mentions().get(0).qualifier());
    }

    @Test
    void backgroundMentionsAreListedButNotMain() {
        Casualties c = extract("قتل 4 جنود في كمين. وكان 6 جنود قد قتلوا في هجوم مماثل العام الماضي.");
        assertEquals(2, c.mentions().size());
        assertTrue(c.mentions().get(0).mainEvent());
        assertFalse(c.mentions().get(1).mainEvent());
        assertEquals(4, c.killed());
    }

    @Test
    void kindsAreRight() {
        Casualties c = extract("سقط 12 شهيدا و30 جريحا");
        assertEquals(CasualtyKind.KILLED, c.mentions().get(0).kind());
        assertEquals(CasualtyKind.INJURED, c.mentions().get(1).kind());
    }

    @Test
    void emptyAndPlainTexts() {
        assertEquals(Casualties.NONE, extract(""));
        assertEquals(Casualties.NONE, extract("   \n "));
        assertEquals(Casualties.NONE, extract("زار الوزير المعرض الدولي للكتاب"));
        assertEquals(Casualties.NONE, extract("The minister visited the fair."));
    }

    @Test
    void publishedAtMayBeNull() {
        Casualties c = new CasualtyExtractor().extract(
                ArabicNormalizer.normalize("قتل 3 أشخاص في تفجير عام 2016"), null);
        assertEquals(3, c.killed());
        Casualties dated = new CasualtyExtractor().extract(
                ArabicNormalizer.normalize("قتل 3 أشخاص في تفجير عام 2016"), Instant.parse("2024-01-01T00:00:00Z"));
        assertNull(dated.killed());
    }
}
