package org.khabar.enrich.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {
    private static Quantity first(String phrase) {
        NumberTestSupport s = new NumberTestSupport(phrase);
        return QuantityParser.parse(s.text.text(), s.tokens, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "نحو 30|30|ABOUT", "حوالي 30|30|ABOUT", "حوالى ثلاثين|30|ABOUT", "زهاء 40|40|ABOUT",
        "قرابة 50|50|ABOUT", "ما يقارب 60|60|ABOUT", "ما يناهز 70|70|ABOUT", "ما يقرب من 80|80|ABOUT",
        "أكثر من 20|20|MORE_THAN", "ما يزيد عن 20|20|MORE_THAN", "ما يزيد على عشرين|20|MORE_THAN",
        "أزيد من 20|20|MORE_THAN", "ما يربو على 100|100|MORE_THAN", "لأكثر من 15|15|MORE_THAN",
        "وأكثر من 15|15|MORE_THAN", "ما لا يقل عن 5|5|AT_LEAST", "لا يقل عن خمسة|5|AT_LEAST",
        "على الأقل 5|5|AT_LEAST", "أقل من 10|10|LESS_THAN", "ما يصل إلى 12|12|UP_TO",
        "بين 10 و15|10|RANGE", "ما بين عشرة وعشرين|10|RANGE", "نحو الـ 20|20|ABOUT",
        "12|12|", "ثلاثة|3|",
    })
    void hedgesKeepTheWrittenNumber(String phrase, double value, String type) {
        Quantity q = first(phrase);
        assertNotNull(q, phrase);
        assertEquals(value, q.number().value(), phrase);
        if (type == null) {
            assertNull(q.qualifier());
        } else {
            assertEquals(Qualifier.Type.valueOf(type), q.qualifier().type(), phrase);
        }
    }

    @ParameterizedTest
    @CsvSource({"عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "بضعة", "بضع", "عدة", "عدد من",
        "العديد من", "عشرات الآلاف", "مئات الآلاف", "وعشرات", "أكثر من عشرة آلاف|false", "نحو عشرات"})
    void vagueQuantitiesHaveNoCount(String phrase) {
        if (phrase.endsWith("|false")) {
            assertTrue(!first(phrase.substring(0, phrase.length() - 6)).isVague());
            return;
        }
        Quantity q = first(phrase);
        assertNotNull(q, phrase);
        assertTrue(q.isVague(), phrase);
    }

    @ParameterizedTest
    @CsvSource({"عدد القتلى", "العديد", "جملة", "نحو بغداد", "أكثر"})
    void nonQuantities(String phrase) {
        assertNull(first(phrase), phrase);
    }

    @Test
    void hedgeAfterTheNoun() {
        NumberTestSupport s = new NumberTestSupport("5 أشخاص على الأقل");
        Qualifier q = Qualifiers.after(s.text.text(), s.tokens, 2);
        assertEquals(Qualifier.Type.AT_LEAST, q.type());
        assertEquals(4, q.endToken());
    }

    @Test
    void tokenRangeIncludesTheHedge() {
        Quantity q = first("ما لا يقل عن 14 شخصا");
        assertEquals(0, q.startToken());
        assertEquals(5, q.endToken());
        assertEquals(4, q.numberStartToken());
    }
}
