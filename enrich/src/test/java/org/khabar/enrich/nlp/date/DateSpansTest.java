package org.khabar.enrich.nlp.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.nlp.date.DateTestSupport.FRIDAY;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.model.DateGranularity;
import org.khabar.model.DateMention;

/** Every mention carries its exact span of the original text, granularity and calendar. */
class DateSpansTest {
    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of("قالت الوزارة، اليوم الجمعة (5 كانون الثاني 2024)، إن", "اليوم الجمعة (5 كانون الثاني 2024)"),
                Arguments.of("قال في بيان الخميس (4 شباط 2024) إن", "الخميس (4 شباط 2024)"),
                Arguments.of("وأمسِ أعلن الجيش", "أمسِ"),
                Arguments.of("أُعلِن ذلك يومَ الخميسِ الموافق ٤ يناير ٢٠٢٤", "يومَ الخميسِ الموافق ٤ يناير ٢٠٢٤"),
                Arguments.of("وقع في ۱۲ دیسمبر ۲۰۲۳ انفجار", "۱۲ دیسمبر ۲۰۲۳"),
                Arguments.of("وأواخـــر ديسمبر، قتل عنصر", "أواخـــر ديسمبر"),
                Arguments.of("بالأمس قصفت المدفعية", "الأمس"),
                Arguments.of("تأسس عام ٢٠١٤م في بغداد", "عام ٢٠١٤م"),
                Arguments.of("صدر في 22 جمادى الآخرة 1445هـ قرار", "22 جمادى الآخرة 1445هـ"),
                Arguments.of("أجلت الجلسة مرارا، والتاسع من أكتوبر موعدها الجديد", "التاسع من أكتوبر"),
                Arguments.of("وقع في ثلاثة وعشرين مايو حادث", "ثلاثة وعشرين مايو"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("spans")
    void spansTheOriginalText(String text, String expected) {
        List<DateMention> found = DateTestSupport.extract(text, FRIDAY);
        assertEquals(1, found.size(), () -> found.toString());
        DateMention m = found.get(0);
        assertEquals(expected, m.text());
        assertEquals(text.substring(m.start(), m.end()), m.text());
    }

    @Test
    void givesGranularityAndCalendar() {
        List<DateMention> found = DateTestSupport.extract(
                "في 3 يناير 2024 وفي فبراير 2023 وعام 2019 وفي 1 رمضان 1445 هـ", FRIDAY);
        assertEquals(4, found.size());
        assertEquals(DateGranularity.DAY, found.get(0).granularity());
        assertEquals(DateGranularity.MONTH, found.get(1).granularity());
        assertEquals(DateGranularity.YEAR, found.get(2).granularity());
        assertEquals("2024-03-11", found.get(3).value());
        assertEquals("HIJRI", found.get(3).calendar());
        assertEquals("GREGORIAN", found.get(0).calendar());
    }

    @Test
    void returnsMentionsInTextOrder() {
        List<DateMention> found = DateTestSupport.extract(
                "أعلن أمس أن الهجوم وقع في 7 أكتوبر وأن الرد جاء العام الماضي", FRIDAY);
        for (int k = 1; k < found.size(); k++) {
            assertTrue(found.get(k - 1).start() <= found.get(k).start());
        }
        assertEquals(3, found.size());
    }

    @Test
    void copesWithEmptyAndOddInput() {
        assertEquals(List.of(), new DateExtractor().extract(
                org.khabar.enrich.nlp.text.ArabicNormalizer.normalize(""), FRIDAY));
        assertEquals("", DateTestSupport.values("2024", FRIDAY));
        assertEquals("1970-01", DateTestSupport.values("يناير", Instant.EPOCH));
        assertEquals("", DateTestSupport.values("في", FRIDAY));
        DateTestSupport.values("31 فبراير 2024 و30 فبراير و29 فبراير 2023 و0 يناير و99/99/9999", FRIDAY);
    }
}
