package org.khabar.enrich.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalParserTest {
    private static ParsedOrdinal first(String phrase) {
        NumberTestSupport s = new NumberTestSupport(phrase);
        return OrdinalParser.parse(s.text.text(), s.tokens, 0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "الأول|1", "الأولى|1", "أول|1", "الثاني|2", "الثانية|2", "الثالث|3", "الثالثة|3", "الرابع|4",
        "الخامسة|5", "السادس|6", "السابعة|7", "الثامن|8", "التاسعة|9", "العاشر|10", "العاشرة|10",
        "الحادي عشر|11", "الحادية عشرة|11", "الثاني عشر|12", "الثانية عشرة|12", "الثالث عشر|13",
        "التاسع عشر|19", "العشرين|20", "العشرون|20", "الحادي والعشرين|21", "الحادية والعشرون|21",
        "الثاني والعشرين|22", "الخامسة والعشرون|25", "الخامسة و عشرون|25", "التاسع والعشرين|29",
        "الثلاثين|30", "الحادي والثلاثين|31", "الواحد والعشرون|21", "الاثنان و عشرون|22",
        "المئة|100", "المائة و خمسة و عشرون|125", "المئة والخامسة والعشرون|125", "المائتان|200",
        "والثالث|3", "بالثاني|2", "للمرة|", "ثالث|3", "رابع|4",
    })
    void readsOrdinals(String phrase, Integer expected) {
        ParsedOrdinal o = first(phrase);
        if (expected == null) {
            assertNull(o, phrase);
            return;
        }
        assertNotNull(o, phrase);
        assertEquals(expected.longValue(), o.value(), phrase);
    }

    @ParameterizedTest
    @CsvSource({"الحادي", "الواحد", "الاثنين", "الخمسة", "التالي", "الأخير", "ثلاثة", "عشرين"})
    void nonOrdinals(String phrase) {
        assertNull(first(phrase), phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "في الحادي والثلاثين من ديسمبر|1|31|3",
        "الثالث من أكتوبر|0|3|1",
        "للمرة الثانية على التوالي|1|2|2",
    })
    void readsInsideSentences(String sentence, int index, int value, int end) {
        NumberTestSupport s = new NumberTestSupport(sentence);
        ParsedOrdinal o = OrdinalParser.parse(s.text.text(), s.tokens, index);
        assertNotNull(o);
        assertEquals(value, o.value());
        assertEquals(end, o.endToken());
    }

    @ParameterizedTest
    @CsvSource({"الأولى,true", "الأول,false", "الثالثة عشرة,true"})
    void gender(String phrase, boolean feminine) {
        assertEquals(feminine, first(phrase).feminine());
    }
}
