package org.khabar.enrich.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {

    /** The first number of the phrase, read from its first token. */
    private static ParsedNumber first(String phrase) {
        NumberTestSupport s = new NumberTestSupport(phrase);
        return NumberParser.parse(s.text.text(), s.tokens, 0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "واحد|1", "واحدة|1", "اثنان|2", "اثنين|2", "اثنتان|2", "اثنتين|2", "إثنين|2",
        "ثلاثة|3", "ثلاث|3", "أربعة|4", "أربع|4", "خمسة|5", "خمس|5", "ستة|6", "سبعة|7", "سبع|7",
        "ثمانية|8", "ثماني|8", "ثمان|8", "تسعة|9", "تسع|9", "عشرة|10", "عشر|10",
        "أحد عشر|11", "إحدى عشرة|11", "اثنا عشر|12", "اثني عشر|12", "اثنتا عشرة|12", "اثنتي عشرة|12",
        "ثلاثة عشر|13", "ثلاث عشرة|13", "أربعة عشر|14", "خمسة عشر|15", "خمس عشرة|15", "ستة عشر|16",
        "سبعة عشر|17", "ثمانية عشر|18", "ثماني عشرة|18", "تسعة عشر|19", "تسع عشرة|19",
        "عشرون|20", "عشرين|20", "ثلاثون|30", "ثلاثين|30", "أربعون|40", "أربعين|40", "خمسون|50", "خمسين|50",
        "ستون|60", "ستين|60", "سبعون|70", "سبعين|70", "ثمانون|80", "ثمانين|80", "تسعون|90", "تسعين|90",
        "واحد وعشرون|21", "إحدى وعشرين|21", "أحد وثلاثين|31", "اثنان وعشرون|22", "اثنين وعشرين|22", "خمسة وعشرون|25",
        "خمس وعشرين|25", "سبعة وثلاثون|37", "تسعة وتسعين|99", "ثلاثة و أربعين|43",
        "مئة|100", "مائة|100", "مئتان|200", "مئتين|200", "مائتان|200", "مائتين|200", "مئتا|200",
        "ثلاثمئة|300", "ثلاثمائة|300", "ثلاث مئة|300", "ثلاث مائة|300", "أربعمئة|400", "خمسمائة|500",
        "ستمئة|600", "سبعمائة|700", "ثمانمئة|800", "ثمانمائة|800", "تسعمئة|900", "ثلثمائة|300",
        "مئة وعشرون|120", "مائة وخمسة|105", "مئة وستة عشر|116", "مائة وواحد وستون|161",
        "ثلاثمئة وعشرين|320", "ثلاثمائة وخمسة وعشرون|325", "مئتين وخمسين|250", "خمسمئة وثلاثة عشر|513",
        "ألف|1000", "ألفا|1000", "ألفان|2000", "ألفين|2000", "ثلاثة آلاف|3000", "عشرة آلاف|10000",
        "أحد عشر ألفا|11000", "خمسة عشر ألف|15000", "عشرين ألفا|20000", "مئة ألف|100000",
        "مائة وخمسون ألفا|150000", "ألف وخمسمئة|1500", "ألفين ومائتين|2200", "ألف ومئتان وخمسون|1250",
        "ثلاثة آلاف وخمسمئة|3500", "أربعة آلاف وثلاثمائة وواحد وعشرون|4321", "مئتان واثنان ألف|202000",
        "مليون|1000000", "مليونان|2000000", "مليونين|2000000", "ثلاثة ملايين|3000000",
        "مليون ونصف|1500000", "نصف مليون|500000", "ربع مليون|250000", "مليار|1000000000",
        "مليون وألفين ومائتين|1002200", "ثلاثة ملايين وخمسمئة ألف|3500000",
        "واحد وعشرون تريليون وثلاث مئة|21000000000300",
        "وخمسة|5", "وعشرون|20", "بألفين ومائتين|2200", "لثلاثة|3",
        "صفر|0",
    })
    void readsNumberWords(String phrase, double expected) {
        ParsedNumber n = first(phrase);
        assertNotNull(n, phrase);
        assertEquals(expected, n.value(), 1e-9, phrase);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "12|12", "١٢|12", "۱۲|12", "1,200|1200", "1.200|1200", "12,500,000|12500000", "3.5|3.5",
        "1,5|1.5", "0,08|0.08", "4,8|4.8", "2014|2014", "1,234.56|1234.56", "1.234,56|1234.56",
        "٣٫٥|3.5", "١٬٢٠٠|1200", "5.00|5",
        "3 آلاف|3000", "٣ آلاف|3000", "1.5 مليون|1500000", "1.500 مليون|1500000", "25 ألف|25000",
        "25 ألفا|25000", "2.5 مليار|2500000000", "3 مئة|300", "10 مليون|10000000",
        "1 234 567|1234567", "40 000|40000",
    })
    void readsDigits(String phrase, double expected) {
        ParsedNumber n = first(phrase);
        assertNotNull(n, phrase);
        assertEquals(expected, n.value(), 1e-9, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // phrase | values found left to right
        "قتل 23 شخصا و5 آخرون|23 5",
        "ثلاثة وعشرين قتيلا وخمسة جرحى|23 5",
        "عشرون وخمسة|20 5",
        "300 و 212|300 212",
        "ثلاثمائة و مائتين|300 200",
        "خمسة، وعشرون|5 20",
        "أصيب خمسة. عشرون آخرون|5 20",
        "عام 2014 و2015|2014 2015",
        "بين 10 و15 قتيلا|10 15",
        "سقط ثلاثة قتلى وأصيب سبعة|3 7",
        "العنوان 192.168.1.2 هنا|",
        "الاثنين الماضي|",
        "عشرات القتلى|",
        "أحد الجنود|",
    })
    void keepsSeparateNumbersApart(String phrase, String expected) {
        NumberTestSupport s = new NumberTestSupport(phrase);
        String got = NumberFinder.findAll(s.text.text(), s.tokens).stream()
                .map(n -> n.isInteger() ? Long.toString(n.longValue()) : Double.toString(n.value()))
                .collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, phrase);
    }

    @Test
    void reportsTheTokenRangeConsumed() {
        NumberTestSupport s = new NumberTestSupport("قتل خمسة وعشرون شخصا");
        ParsedNumber n = NumberParser.parse(s.text.text(), s.tokens, 1);
        assertEquals(25, n.value());
        assertEquals(1, n.startToken());
        assertEquals(3, n.endToken());
        assertEquals(ParsedNumber.Form.WORDS, n.form());
        ParsedNumber mixed = first("3 آلاف");
        assertEquals(ParsedNumber.Form.MIXED, mixed.form());
        assertEquals(2, mixed.length());
    }

    @Test
    void conjoinedFirstWordIsFlagged() {
        assertEquals(true, first("وثلاثة آخرون").conjoined());
        assertEquals(false, first("ثلاثة آخرون").conjoined());
    }

    @Test
    void definiteFormsOnlyWhenAsked() {
        NumberTestSupport s = new NumberTestSupport("الجنود الثلاثة");
        assertNull(NumberParser.parse(s.text.text(), s.tokens, 1));
        assertEquals(3, NumberParser.parse(s.text.text(), s.tokens, 1, true).value());
    }

    @ParameterizedTest
    @CsvSource({"آلاف", "عشرات", "مئات", "أحد", "نصف", "الاثنين", "لست"})
    void vagueOrNonNumbersAreNotNumbers(String word) {
        assertNull(first(word), word);
    }

    @Test
    void readsEveryNumberOfASentence() {
        NumberTestSupport s = new NumberTestSupport("نشرت القوات 2500 جندي في 12 موقعا منذ عام ٢٠١٤ وثلاثة آلاف آخرين");
        List<Long> values = NumberFinder.findAll(s.text.text(), s.tokens).stream().map(ParsedNumber::longValue).toList();
        assertEquals(List.of(2500L, 12L, 2014L, 3000L), values);
    }
}
